using Distanskontakt.Domain.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace Distanskontakt.Web.Logging;

/// <summary>
/// Replaces every logged text value that holds a personnummer, as written or URL-encoded, before any sink sees
/// it. The framework logs a request's query string ("Request starting … ?q=…") at Information and Debug levels; a
/// description typed into the situation search must not reach a log even when those levels are switched on.
/// </summary>
public sealed class PersonnummerRedaction : ILogEventEnricher
{
    public const string Replacement = "[personnummer borttaget]";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? redacted = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Redact(value) is { } clean)
            {
                (redacted ??= []).Add(new LogEventProperty(name, clean));
            }
        }

        foreach (var property in redacted ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The value without personnummer, or null when it held none.</summary>
    private static LogEventPropertyValue? Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when HoldsPersonnummer(text) => new ScalarValue(Replacement),
        ScalarValue { Value: { } other } when other is not string && !other.GetType().IsPrimitive && HoldsPersonnummer(other.ToString()) => new ScalarValue(Replacement),
        SequenceValue sequence when sequence.Elements.Any(e => Redact(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Redact(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Redact(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => Redact(p.Value) is { } clean ? new LogEventProperty(p.Name, clean) : p), structure.TypeTag),
        _ => null,
    };

    private static bool HoldsPersonnummer(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsAsciiDigit))
        {
            return false;
        }

        if (PersonnummerDetector.ContainsPersonnummer(text))
        {
            return true;
        }

        try
        {
            return text.Contains('%') || text.Contains('+')
                ? PersonnummerDetector.ContainsPersonnummer(Uri.UnescapeDataString(text.Replace('+', ' ')))
                : false;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }
}
