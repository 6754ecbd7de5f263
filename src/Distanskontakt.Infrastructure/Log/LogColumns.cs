using System.Globalization;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// The log's columns, once: the CSV writes <see cref="All"/> in this order (header = keys), the review's grid shows
/// <see cref="Grid"/> and sorts by a column's <see cref="LogColumn.SortBy"/>. A new input gets its column from
/// <see cref="Inputs.Coded"/>.
/// </summary>
public static class LogColumns
{
    public const string ContactDateKey = "contactDate";

    public const string VoidedKey = "voided";

    public static IReadOnlyList<LogColumn> All { get; } =
    [
        new("id", "Id", e => e.Id.ToString()),
        new("loggedAtUtc", "Loggat (UTC)", e => e.LoggedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), LogSortColumn.LoggedAt),
        new(ContactDateKey, "Kontaktdatum", e => Day(e.ContactDate), LogSortColumn.ContactDate),
        new("unit", "Enhet", e => e.UnitCode, LogSortColumn.Unit),
        new("role", "Roll", e => e.Role),
        .. Inputs.Coded.Select(InputColumn),
        new("questionPath", "Frågeväg", e => e.QuestionPath),
        new("ruleSet", "Regeluppsättning", e => e.RuleSetId),
        new("ruleSetStatus", "Regeluppsättningens status", e => WireNames.Of(e.RuleSetStatus)),
        new("registration", "Registrering", e => WireNames.Of(e.Registration), LogSortColumn.Registration, e => LogLabels.Registration(e.Registration)),
        new("contactTypeCode", "Kontakttypens kod", e => e.ContactTypeCode),
        new("contactTypeName", "Kontakttyp", e => e.ContactTypeName, LogSortColumn.ContactType,
            e => (e.ContactTypeName ?? "–") + (e.ContactTypeCode is { } code ? $" ({code})" : "")),
        new("obligations", "Skyldigheter", e => string.Join(' ', e.Obligations)),
        new("notes", "Anmärkningar", e => string.Join(' ', e.NoteKinds)),
        new("trace", "Regelspår", e => string.Join(' ', e.Trace)),
        new("appVersion", "Appversion", e => e.AppVersion),
        new("secondsTaken", "Sekunder till resultat", e => Number(e.SecondsTaken)),
        new("answersChanged", "Ändrade svar", e => Number(e.AnswersChanged)),
        new("stepsBack", "Steg tillbaka", e => Number(e.StepsBack)),
        new("comment", "Kommentar", e => e.Comment),
        new(VoidedKey, "Status", e => e.Voided ? "true" : "false", Shown: e => LogLabels.Status(e.Voided)),
        new("voidReason", "Skäl att makulera", e => e.Void?.Reason),
    ];

    /// <summary>The review grid's columns, in its order (the detail shows the rest).</summary>
    public static IReadOnlyList<LogColumn> Grid { get; } =
        [.. new[] { ContactDateKey, "unit", "contactTypeName", WireNames.Of(Input.Channel), "registration", VoidedKey }.Select(ByKey)];

    public static LogColumn ByKey(string key) =>
        All.FirstOrDefault(c => c.Key == key) ?? throw new ArgumentException($"Ingen kolumn med nyckeln {key}.", nameof(key));

    private static LogColumn InputColumn(InputDescriptor input) => input.Input switch
    {
        Input.System => new(input.Name, input.Label, e => e.Answers.WireValue(input.Input), Shown: e => LogLabels.System(e.System)),
        Input.Channel => new(input.Name, input.Label, e => e.Answers.WireValue(input.Input), LogSortColumn.Channel, e => LogLabels.Channel(e.Channel)),
        _ => new(input.Name, input.Label, e => e.Answers.WireValue(input.Input)),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
