using System.Globalization;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>The wizard's short Swedish labels for the closed vocabularies (trail, result card, summary).</summary>
public static class WizardTexts
{
    /// <summary>The order notes are shown in: what needs attention first.</summary>
    public static IReadOnlyList<NoteKind> NoteOrder { get; } =
        [NoteKind.Conflict, NoteKind.Expired, NoteKind.CarriedOver, NoteKind.Interpretation, NoteKind.Info];

    /// <summary>A short name for an input, as the trail shows it.</summary>
    public static string InputLabel(Input input) => Inputs.Of(input).Label;

    /// <summary>The answer as its option's label ("Telefon", "Nej") or the date; null when unanswered.</summary>
    public static string? AnswerLabel(Input input, Answers answers) =>
        answers.WireValue(input) is { } value ? Inputs.Of(input).AnswerLabel(value) : null;

    public static string NoteKindLabel(NoteKind kind) => kind switch
    {
        NoteKind.Conflict => "Konflikt mellan anvisningar",
        NoteKind.CarriedOver => "Överfört från äldre version",
        NoteKind.Interpretation => "Tolkning",
        NoteKind.Expired => "Upphörd anvisning",
        NoteKind.Info => "Information",
    };

    public static string LevelLabel(ObligationLevel level) => level switch
    {
        ObligationLevel.Required => "Krävs",
        ObligationLevel.IfApplicable => "Vid behov",
        ObligationLevel.Optional => "Frivilligt",
    };

    public static string StatusLabel(RuleSetStatus status) => status switch
    {
        RuleSetStatus.InForce => "gällde kontaktdagen",
        RuleSetStatus.Expired => "har upphört – senaste kända anvisning används",
        RuleSetStatus.Superseded => "ersatt av nyare anvisning",
        RuleSetStatus.Scheduled => "börjar gälla senare",
    };

    /// <summary>"TE Telefon stand" for PASiS, the vårdkontakt name for PMO.</summary>
    public static string ContactTypeText(ContactType type) =>
        type.Code is { Length: > 0 } code ? $"{code} {type.Name}" : type.Name;

    /// <summary>"2025-01-01 – 2026-12-31"; an open start or end is said in words.</summary>
    public static string Validity(RuleSetReference set) =>
        $"{(set.ValidFrom is { } from ? Date(from) : "tidigare")} – {(set.ValidTo is { } to ? Date(to) : "tills vidare")}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// One line for the journal system: the verdict with the type, then the required obligations.
    /// "TE Telefon stand. Krävs: Journalför kontakten. Registrera diagnos."
    /// </summary>
    public static string OneLineSummary(Outcome outcome)
    {
        var verdict = outcome.Registration switch
        {
            RegistrationKind.Register => outcome.ContactType is { } type ? ContactTypeText(type) : "Registrera",
            RegistrationKind.Optional => outcome.ContactType is { } type
                ? $"Frivillig registrering: {ContactTypeText(type)}"
                : "Frivillig registrering",
            RegistrationKind.None => "Ingen registrering",
            RegistrationKind.NotCovered => "Anvisningen beskriver inte detta fall",
        };
        var required = outcome.Obligations.Where(o => o.Level == ObligationLevel.Required).Select(o => o.Text).ToArray();
        var line = verdict.TrimEnd('.') + ".";
        return required.Length == 0 ? line : $"{line} Krävs: {string.Join(' ', required)}";
    }

    /// <summary>
    /// A warning about the deciding rule set: expired for the contact date, or (in force today) ending within
    /// <paramref name="warningDays"/> days. Null when neither.
    /// </summary>
    public static string? RuleSetWarning(RuleSetReference set, DateOnly? effectiveEnd, DateOnly today, int warningDays)
    {
        if (set.Status == RuleSetStatus.Expired)
        {
            return $"Anvisningen {set.Id} har upphört ({Validity(set)}). Det finns ingen nyare känd anvisning; kontrollera med din vårdadministration.";
        }

        if (effectiveEnd is { } end && today <= end && today >= end.AddDays(-warningDays))
        {
            var days = end.DayNumber - today.DayNumber;
            return $"Anvisningen {set.Id} upphör {Date(end)} (om {days} {(days == 1 ? "dag" : "dagar")}). Kontrollera om en ny version är på väg.";
        }

        return null;
    }
}
