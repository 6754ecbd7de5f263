namespace Distanskontakt.Domain.Sources;

/// <summary>The result of checking a quote against the source texts.</summary>
public enum QuoteCheck
{
    Verbatim,
    NotVerbatim,
    NoSuchSection,
}
