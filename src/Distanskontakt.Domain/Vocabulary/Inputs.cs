using Distanskontakt.Domain.Questions;

namespace Distanskontakt.Domain.Vocabulary;

/// <summary>
/// The one list of docs/domain.md §3's inputs, in asking order (the order of <see cref="Input"/>), with their Swedish
/// wording. A choice's options are listed in its vocabulary's declaration order: an option's index is the answer's
/// code.
/// </summary>
public static class Inputs
{
    private static readonly QuestionOption[] _yesNo = [new("true", "Ja"), new("false", "Nej")];

    private static readonly InputDescriptor[] _all =
    [
        new(Input.System, "system", AnswerType.Choice, "System",
            "I vilket system registreras kontakten?",
            "PMO är primärvårdens journalsystem. PASiS är det patientadministrativa systemet för sjukhusvård och specialiserad vård (journal i Melior).",
            [new("pmo", "PMO"), new("pasis", "PASiS")],
            "Okänt system"),
        new(Input.ContactDate, "contactDate", AnswerType.Date, "Datum",
            "Vilket datum ägde kontakten rum?",
            "Anvisningen som gällde det datumet avgör registreringen. Dagens datum är förvalt; ett datum i framtiden går inte att ange.",
            []),
        new(Input.Channel, "channel", AnswerType.Choice, "Kontaktsätt",
            "Hur skedde kontakten?",
            "Välj hur du och patienten (eller personalen) hade kontakt.",
            [
                new("video", "Video", "Dialog i realtid med bild."),
                new("phone", "Telefon", "Samtal med patienten eller patientens företrädare."),
                new("text", "Text/chatt", "Skriftlig kontakt, till exempel chatt eller meddelande via 1177."),
                new("staffAboutPatient", "Personal om patient", "Kontakt med annan personal om patienten, utan att patienten deltar."),
                new("noteWithoutContact", "Anteckning utan kontakt", "Till exempel provtagning, EKG, skanning, mottagen remiss eller epikris, noterat provsvar, uteblivet besök."),
                new("patientSelfService", "Patienten på egen hand", "Patienten fyller själv i ett formulär i 1177, frivilligt informationsmöte, allmänna meddelanden, självhjälpsprogram."),
            ],
            "Okänd kanal"),
        new(Input.Via1177Direkt, "via1177Direkt", AnswerType.YesNo, "Via 1177 direkt",
            "Skedde kontakten via 1177 direkt?",
            "1177 direkt är den nationella chatt- och videotjänst som Primärvården Skåne använder.",
            _yesNo),
        new(Input.HandedOverSameUnitSameDay, "handedOverSameUnitSameDay", AnswerType.YesNo, "Överlämnas samma dag",
            "Lämnar du över ärendet i 1177 direkt till en kollega på samma enhet som hanterar det samma dag?",
            "Då registrerar kollegan som tar över ärendet, inte du.",
            _yesNo),
        new(Input.SupportProgram, "supportProgram", AnswerType.YesNo, "Stöd och behandling",
            "Ingår kontakten i ett program i Stöd och behandling?",
            "Stöd och behandling (SoB) är plattformen i 1177 för stöd- och behandlingsprogram, till exempel iKBT eller patientutbildning.",
            _yesNo),
        new(Input.ReplacesVisit, "replacesVisit", AnswerType.YesNo, "Ersätter besök",
            "Ersätter kontakten ett besök?",
            "Ja om den innehållsmässigt motsvarar ett öppenvårdsbesök: du gör en medicinsk bedömning och fattar beslut om behandling, ändrad behandling eller vidare utredning, eller ger behandling (till exempel iKBT). Video som ersätter besök sker i realtid med ID-kontroll, till exempel BankID.",
            _yesNo),
        new(Input.JournalDocumented, "journalDocumented", AnswerType.YesNo, "Journalförs",
            "Dokumenteras kontakten i journalen?",
            "En kontakt inom Stöd och behandling som inte ersätter besök registreras bara när den journalförs. En kontakt som ersätter besök journalförs alltid.",
            _yesNo),
        new(Input.LeadsToVisitSameDaySameUnit, "leadsToVisitSameDaySameUnit", AnswerType.YesNo, "Besök samma dag",
            "Leder kontakten till ett besök samma dag på samma enhet?",
            "Då registreras även Triage före annat besök.",
            _yesNo),
    ];

    /// <summary>Every input, in asking order.</summary>
    public static IReadOnlyList<InputDescriptor> All => _all;

    /// <summary>The coded inputs (every one but the date), in asking order: what the address form and the log's answers hold.</summary>
    public static IReadOnlyList<InputDescriptor> Coded { get; } = [.. _all.Where(d => d.Type != AnswerType.Date)];

    public static InputDescriptor Of(Input input) => _all[(int)input];

    /// <summary>The input of a wire name (case-sensitive, as the API contract demands).</summary>
    public static InputDescriptor? Named(string? name)
    {
        foreach (var descriptor in _all)
        {
            if (string.Equals(descriptor.Name, name, StringComparison.Ordinal))
            {
                return descriptor;
            }
        }

        return null;
    }
}
