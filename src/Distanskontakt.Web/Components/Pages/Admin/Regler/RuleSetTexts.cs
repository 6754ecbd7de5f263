using System.Globalization;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Web.Components.Pages.Registrera;

namespace Distanskontakt.Web.Components.Pages.Admin.Regler;

/// <summary>Swedish words for the rule-set pages: statuses, change kinds, audit actions, and a diff path in words.</summary>
public static class RuleSetTexts
{
    private static readonly CultureInfo _swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Status(RuleSetStatus status) => status switch
    {
        RuleSetStatus.InForce => "Gäller",
        RuleSetStatus.Scheduled => "Schemalagd",
        RuleSetStatus.Superseded => "Ersatt",
        RuleSetStatus.Expired => "Upphörd",
    };

    public static string FileState(RuleSetFileState state) => state switch
    {
        RuleSetFileState.Uploaded => "Uppladdad, inte aktiverad",
        RuleSetFileState.Active => "Aktiverad",
        RuleSetFileState.Quarantined => "I karantän",
    };

    public static string Kind(RuleSetKind kind) => kind switch
    {
        RuleSetKind.RuleSet => "Regeluppsättning",
        RuleSetKind.Overlay => "Tillägg",
    };

    /// <summary>The heading of a group of changed paths (wire names from <see cref="RuleSetChangeKind"/>).</summary>
    public static string ChangeKind(string kind) => kind switch
    {
        RuleSetChangeKind.ContactType => "Kontakttyp ändras",
        RuleSetChangeKind.Registration => "Registreringen ändras",
        RuleSetChangeKind.ObligationAdded => "Nytt krav",
        RuleSetChangeKind.ObligationRemoved => "Krav tas bort",
        RuleSetChangeKind.ObligationLevel => "Kravnivå ändras",
        RuleSetChangeKind.Notes => "Anteckningar ändras",
        _ => kind,
    };

    /// <summary>Audit actions are the backend's words; known ones in Swedish, others as written.</summary>
    public static string AuditAction(string action) => action switch
    {
        RuleSetAuditActions.Upload => "Uppladdad",
        RuleSetAuditActions.Refuse => "Avvisad",
        RuleSetAuditActions.Activate => "Aktiverad",
        RuleSetAuditActions.Quarantine => "Karantän",
        _ => action,
    };

    public static string Registration(string wire) =>
        WireNames.TryParse<RegistrationKind>(wire, out var kind) ? AdminTexts.Registration(kind) : wire;

    /// <summary>"triageBeforeOtherVisit:required" → "Krävs: Registrera även Triage …", the text from the set when known.</summary>
    public static string Obligation(string wire, RuleSet? set)
    {
        var parts = wire.Split(':', 2);
        var text = WireNames.TryParse<ObligationId>(parts[0], out var id) && set?.ObligationTexts.TryGetValue(id, out var known) == true
            ? known
            : parts[0];
        var level = parts.Length == 2 && WireNames.TryParse<ObligationLevel>(parts[1], out var parsed)
            ? WizardTexts.LevelLabel(parsed)
            : parts.ElementAtOrDefault(1);
        return level is null ? text : $"{level}: {text}";
    }

    /// <summary>"system=pasis channel=video …" → "System: PASiS · Kontaktsätt: Video · …" (the wizard's labels).</summary>
    public static string PathInWords(string path) => string.Join(" · ", path
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(pair => WireNames.TryParse<Input>(pair[0], out var input)
            ? $"{WizardTexts.InputLabel(input)}: {OptionLabel(input, pair.ElementAtOrDefault(1))}"
            : string.Join('=', pair)));

    /// <summary>
    /// "interpretation: text" (the diff's form) → "Tolkning: text". The diff writes <c>{set}</c> for the deciding
    /// set's own id in the engine's overlay note; each side shows its own id again.
    /// </summary>
    public static string Note(string wire, RuleSet? set)
    {
        var text = set is null ? wire : wire.Replace("{set}", set.Id, StringComparison.Ordinal);
        var parts = text.Split(": ", 2);
        return parts.Length == 2 && WireNames.TryParse<NoteKind>(parts[0], out var kind) ? $"{WizardTexts.NoteKindLabel(kind)}: {parts[1]}" : text;
    }

    /// <summary>"VS Video stand", a PMO name alone, or a dash when nothing is registered.</summary>
    public static string ContactType(DiffOutcome outcome) =>
        outcome.ContactTypeName is null ? "–" : outcome.ContactTypeCode is { Length: > 0 } code ? $"{code} {outcome.ContactTypeName}" : outcome.ContactTypeName;

    public static string Date(DateOnly? date) => date is { } day ? WizardTexts.Date(day) : "–";

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The first twelve hex digits: enough to tell files apart on screen; the full hash is in the title.</summary>
    public static string ShortHash(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string OptionLabel(Input input, string? value) =>
        QuestionCatalog.For(input).Options.FirstOrDefault(o => o.Value == value)?.Label ?? value ?? "";
}
