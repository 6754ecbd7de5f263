using Distanskontakt.Domain.Questions;

namespace Distanskontakt.Domain.Halland;

/// <summary>A question of the Halland assessment. <c>Name</c> is the API field and address parameter.</summary>
public sealed record HallandQuestion(string Name, AnswerType Type, string Text, string Help, IReadOnlyList<QuestionOption> Options)
    : IAskedQuestion;

/// <summary>
/// The Halland flow's own questions in Swedish (channel, switch of channel, child under 13); the conditions'
/// questions come from the profile file. The options of <c>switchedFrom</c> leave out the contact's own channel.
/// </summary>
public static class HallandQuestions
{
    public static readonly QuestionOption[] YesNo = [new("true", "Ja"), new("false", "Nej")];

    /// <summary>Every value <c>switchedFrom</c> can take in some path: "none" and the channels one can switch between.</summary>
    public static readonly IReadOnlyList<string> SwitchedFromValues = [HallandWireNames.NoSwitch, "video", "phone", "text"];

    public static HallandQuestion Channel { get; } = new(
        HallandWireNames.Channel, AnswerType.Choice,
        "Hur sker kontakten med patienten?",
        "Region Halland räknar med distanskontakt via videolänk, via telefon och skriftlig distanskontakt. Brev är aldrig en distanskontakt.",
        [
            new("video", "Video", "Videolänk med ljud och bild, ibland tillsammans med chatt."),
            new("phone", "Telefon", "Samtal med patienten."),
            new("text", "Skriftligt", "Chatt eller meddelande i en godkänd kommunikations- eller behandlingsplattform."),
            new("letter", "Brev", "Brev i någon form, på papper eller digitalt."),
        ]);

    public static HallandQuestion PatientUnder13 { get; } = new(
        HallandWireNames.PatientUnder13, AnswerType.YesNo,
        "Är patienten ett barn under 13 år?",
        "Vårdnadshavare kan vara ombud för barn under 13 år. Svaret ändrar inte om kontakten är en distanskontakt, bara påminnelserna.",
        YesNo);

    private static readonly Dictionary<string, QuestionOption> _switchOptions = new(StringComparer.Ordinal)
    {
        [HallandWireNames.NoSwitch] = new(HallandWireNames.NoSwitch, "Nej", "Kontakten har skett på samma sätt hela tiden."),
        ["video"] = new("video", "Ja, från video"),
        ["phone"] = new("phone", "Ja, från telefon"),
        ["text"] = new("text", "Ja, från chatt eller meddelande"),
    };

    /// <summary>"Did the contact start on another channel?" – the options leave out <paramref name="channel"/>.</summary>
    public static HallandQuestion SwitchedFrom(HallandChannel channel) => new(
        HallandWireNames.SwitchedFrom, AnswerType.Choice,
        "Började kontakten på ett annat sätt och byttes sedan?",
        "Byte av kommunikationssätt kräver patientens samtycke, och ibland att samtycket journalförs. Svaret ändrar inte om kontakten är en distanskontakt, bara påminnelserna.",
        [.. SwitchedFromValues.Where(v => v != HallandWireNames.Of(channel)).Select(v => _switchOptions[v])]);

    /// <summary>A condition's question for the channel (the phone wording of i mentions the verified number).</summary>
    public static HallandQuestion For(HallandCondition condition, HallandChannel channel) =>
        new(condition.Id, AnswerType.YesNo, condition.QuestionFor(channel), condition.Help ?? "", YesNo);
}
