using Distanskontakt.Domain.Outcomes;

namespace Distanskontakt.Domain.Halland;

/// <summary>
/// Region Halland's profile as data (<c>Halland/halland-dk.json</c>): the conditions a–k of halland-dk
/// "Förutsättningar", the channels that are never a distanskontakt, and the communication reminders of
/// halland-dig. Names no PMO/PASiS type: the Halland sources give none.
/// </summary>
public sealed record HallandProfile(
    string Id,
    string Region,
    string Title,
    SourceReference Definition,
    HallandStatement ConditionsNotMet,
    IReadOnlyList<HallandChannelRule> ChannelRules,
    IReadOnlyList<HallandCondition> Conditions,
    IReadOnlyList<HallandReminder> Reminders,
    string SourceName)
{
    public const string EmbeddedName = "halland-dk.json";

    /// <summary>The requirements asked for a channel, in the file's (the source's) order.</summary>
    public IEnumerable<HallandCondition> RequirementsFor(HallandChannel channel) =>
        Conditions.Where(c => c.Kind == HallandConditionKind.Requirement && c.Channels.Contains(channel));

    public HallandChannelRule? ChannelRuleFor(HallandChannel channel) => ChannelRules.FirstOrDefault(r => r.Channel == channel);

    public HallandCondition? Condition(string id) => Conditions.FirstOrDefault(c => c.Id == id);

    /// <summary>The profile shipped in the domain assembly (parsed strictly; verify it with <see cref="HallandProfileVerifier"/>).</summary>
    public static HallandProfile LoadEmbedded() =>
        HallandProfileParser.Parse(
            RuleSets.RuleSetCatalog.ReadResource(typeof(HallandProfile).Assembly, "halland/" + EmbeddedName), EmbeddedName);
}

/// <summary>A cited statement of the profile: a reason, a note or a reminder, with the source's words where quoted.</summary>
public sealed record HallandStatement(string Id, string Text, string? Quote, SourceReference Source);

/// <summary>A channel that decides on its own (letter: "Alla former av brev definieras inte som en distanskontakt.").</summary>
public sealed record HallandChannelRule(HallandChannel Channel, HallandStatement Statement);

/// <summary>
/// One of the conditions a–k. A requirement is asked for its channels (so the video condition d is asked only
/// for video) and fails with <c>Failure</c>; a permission (e) is never asked and adds <c>Note</c> for its channels.
/// </summary>
public sealed record HallandCondition(
    string Id,
    string Letter,
    HallandConditionKind Kind,
    IReadOnlyList<HallandChannel> Channels,
    string Quote,
    string? Question,
    IReadOnlyDictionary<HallandChannel, string> QuestionByChannel,
    string? Help,
    string? Failure,
    string? Note,
    SourceReference Source)
{
    public string QuestionFor(HallandChannel channel) =>
        QuestionByChannel.TryGetValue(channel, out var text) ? text : Question ?? "";

    public HallandStatement FailureStatement => new(Id, Failure ?? "", Quote, Source);

    public HallandStatement NoteStatement => new(Id, Note ?? "", Quote, Source);
}

/// <summary>
/// A communication reminder of halland-dig with the answers it applies to: channels, the channel the contact
/// was switched from, and whether the patient is a child under 13. An unset part matches anything.
/// </summary>
public sealed record HallandReminder(
    string Id,
    IReadOnlyList<HallandChannel>? Channels,
    IReadOnlyList<string>? SwitchedFrom,
    bool? PatientUnder13,
    string Text,
    SourceReference Source,
    string? Quote = null)
{
    public HallandStatement Statement => new(Id, Text, Quote, Source);
}
