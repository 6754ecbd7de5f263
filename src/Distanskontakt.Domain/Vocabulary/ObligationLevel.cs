namespace Distanskontakt.Domain.Vocabulary;

/// <summary>How binding an obligation is. Lower value = stricter, so merging keeps the minimum.</summary>
public enum ObligationLevel
{
    Required,
    IfApplicable,
    Optional,
}
