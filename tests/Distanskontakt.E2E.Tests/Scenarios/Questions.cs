namespace Distanskontakt.E2E.Tests.Scenarios;

/// <summary>The question flow's wording (Distanskontakt.Domain QuestionCatalog) and option labels, as shown.</summary>
public static class Questions
{
    public const string System = "I vilket system registreras kontakten?";
    public const string ContactDate = "Vilket datum ägde kontakten rum?";
    public const string Channel = "Hur skedde kontakten?";
    public const string Via1177Direkt = "Skedde kontakten via 1177 direkt?";
    public const string HandedOver = "Lämnar du över ärendet i 1177 direkt till en kollega på samma enhet som hanterar det samma dag?";
    public const string SupportProgram = "Ingår kontakten i ett program i Stöd och behandling?";
    public const string JournalDocumented = "Dokumenteras kontakten i journalen?";
    public const string ReplacesVisit = "Ersätter kontakten ett besök?";
    public const string LeadsToVisit = "Leder kontakten till ett besök samma dag på samma enhet?";

    public static Step Video => new(Channel, "Video", "channel", "video");
    public static Step Phone => new(Channel, "Telefon", "channel", "phone");
    public static Step Text => new(Channel, "Text/chatt", "channel", "text");

    public static Step Via1177(bool yes) => YesNo(Via1177Direkt, "via1177Direkt", yes);
    public static Step HandedOverSameDay(bool yes) => YesNo(HandedOver, "handedOverSameUnitSameDay", yes);
    public static Step Sob(bool yes) => YesNo(SupportProgram, "supportProgram", yes);
    public static Step Journal(bool yes) => YesNo(JournalDocumented, "journalDocumented", yes);
    public static Step Replaces(bool yes) => YesNo(ReplacesVisit, "replacesVisit", yes);
    public static Step VisitSameDay(bool yes) => YesNo(LeadsToVisit, "leadsToVisitSameDaySameUnit", yes);

    private static Step YesNo(string question, string parameter, bool yes) =>
        new(question, yes ? "Ja" : "Nej", parameter, yes ? "true" : "false");
}
