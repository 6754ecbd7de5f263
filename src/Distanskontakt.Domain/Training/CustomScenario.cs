using System.Globalization;
using System.Text;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>
/// A trainer's own scenario as written in the form: text, date, the wizard's answers and the registration the
/// trainer holds to be right (only the required obligations). <see cref="Validate"/> refuses a personnummer in
/// any text with <see cref="PersonnummerDetector.RefusalMessage"/>, and never repeats the text.
/// </summary>
public sealed record CustomScenarioDraft(
    string Title,
    string Situation,
    DateOnly ContactDate,
    Answers Answers,
    RegistrationKind Registration,
    string? ContactTypeCode,
    string? ContactTypeName,
    IReadOnlySet<ObligationId> Required)
{
    public const string TitleField = "title";
    public const string SituationField = "situation";
    public const string ContactDateField = "contactDate";
    public const string AnswersField = "answers";
    public const string ContactTypeField = "contactType";

    /// <summary>Problems keyed by field, in Swedish; empty when the draft can be stored.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateOnly today, DecisionEngine engine)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckText(problems, TitleField, Title, "Ange en rubrik.", TrainingLimits.TitleMaxLength);
        CheckText(problems, SituationField, Situation, "Beskriv situationen.", TrainingLimits.SituationMaxLength);
        if (ContainsPersonnummer(ContactTypeCode) || ContainsPersonnummer(ContactTypeName))
        {
            problems[ContactTypeField] = PersonnummerDetector.RefusalMessage;
        }

        if (ContactDate > today)
        {
            problems[ContactDateField] = $"Datumet får inte ligga efter i dag ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).";
        }
        else if (engine.Decide(Answers with { ContactDate = ContactDate }) is { Complete: false } flow)
        {
            problems[AnswersField] = "Svaren räcker inte för ett beslut. Svara också på: "
                + string.Join(", ", flow.Missing.Select(input => Questions.QuestionCatalog.For(input).Text));
        }

        if (!problems.ContainsKey(ContactTypeField) && Registration == RegistrationKind.Register && string.IsNullOrWhiteSpace(ContactTypeName))
        {
            problems[ContactTypeField] = "Ange kontakttypen som ska registreras.";
        }
        else if (!problems.ContainsKey(ContactTypeField)
            && (ContactTypeName?.Trim().Length > TrainingLimits.ContactTypeNameMaxLength || ContactTypeCode?.Trim().Length > TrainingLimits.ContactTypeCodeMaxLength))
        {
            problems[ContactTypeField] = "Kontakttypen är för lång.";
        }

        return problems;
    }

    /// <summary>The expectation as stored: the contact type only where the registration names one.</summary>
    public ExpectedRegistration Expected(string ruleSetId) => new(
        ruleSetId,
        Registration,
        Registration is RegistrationKind.Register or RegistrationKind.Optional && !string.IsNullOrWhiteSpace(ContactTypeName) && Answers.System is { } system
            ? new ContactType(system, string.IsNullOrWhiteSpace(ContactTypeCode) ? null : ContactTypeCode.Trim(), ContactTypeName.Trim())
            : null,
        [.. Required.Order().Select(id => new ExpectedObligation(id, ObligationLevel.Required))],
        [],
        AllLevels: false);

    /// <summary>The answers in address form without the date (<c>system=pmo&amp;channel=phone</c>), as stored.</summary>
    public static string AnswersText(Answers answers) => AnswerAddress.Format(answers);

    /// <summary>Reads <see cref="AnswersText"/> back; unknown names or values are dropped.</summary>
    public static Answers ParseAnswers(string text) => AnswerAddress.Parse(text);

    private static void CheckText(Dictionary<string, string> problems, string field, string? text, string empty, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems[field] = empty;
        }
        else if (ContainsPersonnummer(text))
        {
            problems[field] = PersonnummerDetector.RefusalMessage;
        }
        else if (text.Trim().Length > maxLength)
        {
            problems[field] = $"Högst {maxLength} tecken.";
        }
    }

    private static bool ContainsPersonnummer(string? text) =>
        text is not null && PersonnummerDetector.ContainsPersonnummer(text);
}

/// <summary>A trainer's scenario as stored, turned into a library scenario.</summary>
public static class CustomScenarios
{
    public static TrainingScenario ToScenario(int key, string title, string situation, DateOnly contactDate,
        string answersText, string ruleSetId, RegistrationKind registration, string? code, string? name, string requiredText)
    {
        var required = requiredText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(wire => WireNames.TryParse<ObligationId>(wire, out var id) ? id : (ObligationId?)null)
            .OfType<ObligationId>()
            .ToHashSet();
        var answers = CustomScenarioDraft.ParseAnswers(answersText) with { ContactDate = contactDate };
        var draft = new CustomScenarioDraft(title, situation, contactDate, answers, registration, code, name, required);
        return new TrainingScenario(TrainingScenarios.CustomId(key), title, situation, null, contactDate, answers,
            draft.Expected(ruleSetId), ScenarioOrigin.Custom);
    }

    public static string RequiredText(IEnumerable<ObligationId> required) => string.Join(',', required.Order().Select(WireNames.Of));
}
