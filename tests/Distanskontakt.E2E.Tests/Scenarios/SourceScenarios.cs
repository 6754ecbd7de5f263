using static Distanskontakt.E2E.Tests.Scenarios.Questions;

namespace Distanskontakt.E2E.Tests.Scenarios;

/// <summary>
/// Cases from the instructions (ids and dates from src/Distanskontakt.Domain/Scenarios/scenarios.json), one per
/// PMO and PASiS channel family plus the two "no registration" modifiers; outcomes from domain-spec §5.
/// </summary>
public static class SourceScenarios
{
    private const string Journal = "Journalför kontakten.";
    private const string Diagnosis = "Registrera diagnos.";
    private const string Procedure = "Registrera KVÅ-kod för utförd åtgärd.";
    private const string Triage = "Registrera Triage före annat besök. Anvisningen: ”När samtal leder till besök samma dag på samma enhet registreras Triage före annat besök.”";

    /// <summary>skane-v4 §1.6.1: a video assessment that answers the patient's question replaces a visit.</summary>
    public static WizardScenario PmoVideoReplacing { get; } = new(
        "v4-pmo-video-ersatter-bedomning-besvar", "pmo", "PMO", new(2025, 1, 20),
        [Video, Via1177(false), Sob(false), Replaces(true)],
        new("Video som ersätter besök", null, null, [Journal, Diagnosis, Procedure], ["§1.6.1"]));

    /// <summary>skane-v4 §1.6.4: a prescription call that leads to a visit the same day at the same unit.</summary>
    public static WizardScenario PmoPhoneTriage { get; } = new(
        "v4-pmo-telefonsamtal-recept-triage", "pmo", "PMO", new(2025, 9, 15),
        [Phone, Via1177(false), Sob(false), Replaces(false), VisitSameDay(true)],
        new("Telefonsamtal", null, null, [Diagnosis, Procedure, Triage], ["§1.6.4"]));

    /// <summary>skane-v4 §1.6.6: a prescription for known problems by text does not replace a visit.</summary>
    public static WizardScenario PmoTextNotReplacing { get; } = new(
        "v4-pmo-text-recept-kanda-problem", "pmo", "PMO", new(2025, 1, 29),
        [Text, Via1177(false), Sob(false), Replaces(false), VisitSameDay(false)],
        new("Text/chatt som inte ersätter besök", null, null, [Diagnosis, Procedure], ["§1.6.6"]));

    /// <summary>skane-v4 §1.7.2: information by video, not replacing a visit: VS, registering is voluntary.</summary>
    public static WizardScenario PasisVideoNotReplacing { get; } = new(
        "v4-pasis-vs-information-utbildning", "pasis", "PASiS", new(2025, 1, 28),
        [Video, Sob(false), Replaces(false)],
        new("Video stand", "VS", "Frivillig registrering", [Diagnosis, Procedure], ["§1.7.2"]));

    /// <summary>skane-v4 §1.7.4: a prescription call, not replacing a visit: TE, registering is voluntary.</summary>
    public static WizardScenario PasisPhoneNotReplacing { get; } = new(
        "v4-pasis-te-recept", "pasis", "PASiS", new(2025, 2, 6),
        [Phone, Sob(false), Replaces(false)],
        new("Telefon stand", "TE", "Frivillig registrering", [Diagnosis, Procedure], ["§1.7.4"]));

    /// <summary>skane-v4 §1.7.5: a message in 1177 that replaces a visit: KB.</summary>
    public static WizardScenario PasisTextReplacing { get; } = new(
        "v4-pasis-kb-meddelande-1177", "pasis", "PASiS", new(2025, 1, 23),
        [Text, Sob(false), Replaces(true)],
        new("Text/chatt kval", "KB", null, [Journal, Diagnosis, Procedure], ["§1.7.5"]));

    /// <summary>skane-1177d §3.1.2: handed over in 1177 direkt to a colleague at the same unit the same day.</summary>
    public static WizardScenario HandedOverIn1177Direkt { get; } = new(
        "1177d-ssk-overlamnar-samma-dag-enhet", "pmo", "PMO", new(2023, 9, 18),
        [Text, Via1177(true), HandedOverSameDay(true)],
        new("Ingen registrering", null, null, [], ["§3.1.2"]));

    /// <summary>skane-v4 §1.5: a Stöd och behandling contact that does not replace a visit and is not journaled.</summary>
    public static WizardScenario SobWithoutJournal { get; } = new(
        "v4-pasis-sob-utan-journal", "pasis", "PASiS", new(2025, 10, 7),
        [Video, Sob(true), Replaces(false), Journal(false)],
        new("Ingen registrering", null, null, [], ["§1.5"]));

    /// <summary>The issue's own example link: PASiS phone, not replacing, on 2025-06-02.</summary>
    public static WizardScenario IssueExample { get; } = new(
        "issue-4-example", "pasis", "PASiS", new(2025, 6, 2),
        [Phone, Sob(false), Replaces(false)],
        new("Telefon stand", "TE", "Frivillig registrering", [Diagnosis, Procedure], ["§1.7.4"]));

    public static TheoryData<string> AllIds => new(All.Select(s => s.Id));

    public static IReadOnlyList<WizardScenario> All { get; } =
    [
        PmoVideoReplacing, PmoPhoneTriage, PmoTextNotReplacing,
        PasisVideoNotReplacing, PasisPhoneNotReplacing, PasisTextReplacing,
        HandedOverIn1177Direkt, SobWithoutJournal,
    ];

    public static WizardScenario ById(string id) => All.Single(s => s.Id == id);
}
