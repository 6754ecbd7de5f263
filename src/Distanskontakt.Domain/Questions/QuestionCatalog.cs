using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Questions;

/// <summary>The Swedish wording of every question of spec §3, in asking order.</summary>
public static class QuestionCatalog
{
    private static readonly QuestionOption[] _yesNo = [new("true", "Ja"), new("false", "Nej")];

    private static readonly Question[] _questions =
    [
        new(Input.System, AnswerType.Choice,
            "I vilket system registreras kontakten?",
            "PMO är primärvårdens journalsystem. PASiS är det patientadministrativa systemet för sjukhusvård och specialiserad vård (journal i Melior).",
            [new("pmo", "PMO"), new("pasis", "PASiS")]),
        new(Input.ContactDate, AnswerType.Date,
            "Vilket datum ägde kontakten rum?",
            "Anvisningen som gällde det datumet avgör registreringen. Dagens datum är förvalt; ett datum i framtiden går inte att ange.",
            []),
        new(Input.Channel, AnswerType.Choice,
            "Hur skedde kontakten?",
            "Välj hur du och patienten (eller personalen) hade kontakt.",
            [
                new("video", "Video", "Dialog i realtid med bild."),
                new("phone", "Telefon", "Samtal med patienten eller patientens företrädare."),
                new("text", "Text/chatt", "Skriftlig kontakt, till exempel chatt eller meddelande via 1177."),
                new("staffAboutPatient", "Personal om patient", "Kontakt med annan personal om patienten, utan att patienten deltar."),
                new("noteWithoutContact", "Anteckning utan kontakt", "Till exempel provtagning, EKG, skanning, mottagen remiss eller epikris, noterat provsvar, uteblivet besök."),
                new("patientSelfService", "Patienten på egen hand", "Patienten fyller själv i ett formulär i 1177, frivilligt informationsmöte, allmänna meddelanden, självhjälpsprogram."),
            ]),
        new(Input.Via1177Direkt, AnswerType.YesNo,
            "Skedde kontakten via 1177 direkt?",
            "1177 direkt är den nationella chatt- och videotjänst som Primärvården Skåne använder.",
            _yesNo),
        new(Input.HandedOverSameUnitSameDay, AnswerType.YesNo,
            "Lämnar du över ärendet i 1177 direkt till en kollega på samma enhet som hanterar det samma dag?",
            "Då registrerar kollegan som tar över ärendet, inte du.",
            _yesNo),
        new(Input.SupportProgram, AnswerType.YesNo,
            "Ingår kontakten i ett program i Stöd och behandling?",
            "Stöd och behandling (SoB) är plattformen i 1177 för stöd- och behandlingsprogram, till exempel iKBT eller patientutbildning.",
            _yesNo),
        new(Input.ReplacesVisit, AnswerType.YesNo,
            "Ersätter kontakten ett besök?",
            "Ja om den innehållsmässigt motsvarar ett öppenvårdsbesök: du gör en medicinsk bedömning och fattar beslut om behandling, ändrad behandling eller vidare utredning, eller ger behandling (till exempel iKBT). Video som ersätter besök sker i realtid med ID-kontroll, till exempel BankID.",
            _yesNo),
        new(Input.JournalDocumented, AnswerType.YesNo,
            "Dokumenteras kontakten i journalen?",
            "En kontakt inom Stöd och behandling som inte ersätter besök registreras bara när den journalförs. En kontakt som ersätter besök journalförs alltid.",
            _yesNo),
        new(Input.LeadsToVisitSameDaySameUnit, AnswerType.YesNo,
            "Leder kontakten till ett besök samma dag på samma enhet?",
            "Då registreras även Triage före annat besök.",
            _yesNo),
    ];

    public static IReadOnlyList<Question> All => _questions;

    public static Question For(Input input) => _questions[(int)input];
}
