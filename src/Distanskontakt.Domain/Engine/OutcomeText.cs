using System.Text;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Engine;

/// <summary>One canonical line per outcome, to compare outcomes by value (lists included).</summary>
public static class OutcomeText
{
    public static string Canonical(Outcome outcome)
    {
        var text = new StringBuilder();
        text.Append(outcome.RuleSet.Id).Append('/').Append(WireNames.Of(outcome.RuleSet.Status))
            .Append(" | ").Append(WireNames.Of(outcome.Registration))
            .Append(" | ").Append(outcome.ContactType is { } t ? $"{t.Code} {t.Name}" : "-");
        foreach (var o in outcome.Obligations)
        {
            text.Append(" | ").Append(WireNames.Of(o.Id)).Append(':').Append(WireNames.Of(o.Level));
        }

        foreach (var n in outcome.Notes)
        {
            text.Append(" | ").Append(WireNames.Of(n.Kind)).Append(':').Append(n.Text);
        }

        text.Append(" | ").AppendJoin(", ", outcome.Sources).Append(" | ").AppendJoin(" > ", outcome.Trace);
        return text.ToString();
    }
}
