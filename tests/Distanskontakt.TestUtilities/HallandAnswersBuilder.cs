using Distanskontakt.Domain.Halland;

namespace Distanskontakt.TestUtilities;

/// <summary>
/// Halland answers the way a member of staff gives them:
/// <c>new HallandAnswersBuilder().Phone().AllConditionsMet().Except("sortering").SwitchedFrom("text").Adult().Build()</c>.
/// </summary>
public sealed class HallandAnswersBuilder
{
    private static readonly Lazy<HallandProfile> _profile = new(HallandProfile.LoadEmbedded);

    private HallandAnswers _answers = HallandAnswers.Empty;

    public static HallandProfile Profile => _profile.Value;

    public HallandAnswersBuilder Video() => Channel(HallandChannel.Video);

    public HallandAnswersBuilder Phone() => Channel(HallandChannel.Phone);

    public HallandAnswersBuilder Text() => Channel(HallandChannel.Text);

    public HallandAnswersBuilder Letter() => Channel(HallandChannel.Letter);

    public HallandAnswersBuilder Channel(HallandChannel channel)
    {
        _answers = _answers.With(channel);
        return this;
    }

    /// <summary>Yes to every requirement of the chosen channel (call after the channel).</summary>
    public HallandAnswersBuilder AllConditionsMet()
    {
        var channel = _answers.Channel ?? throw new InvalidOperationException("Choose the channel first.");
        foreach (var condition in Profile.RequirementsFor(channel))
        {
            _answers = _answers.With(condition.Id, true);
        }

        return this;
    }

    /// <summary>No to the named conditions.</summary>
    public HallandAnswersBuilder Except(params string[] conditionIds)
    {
        foreach (var id in conditionIds)
        {
            _answers = _answers.With(id, false);
        }

        return this;
    }

    public HallandAnswersBuilder Condition(string id, bool met)
    {
        _answers = _answers.With(id, met);
        return this;
    }

    public HallandAnswersBuilder NotSwitched() => SwitchedFrom(HallandWireNames.NoSwitch);

    public HallandAnswersBuilder SwitchedFrom(string channel)
    {
        _answers = _answers.With(HallandWireNames.SwitchedFrom, channel);
        return this;
    }

    public HallandAnswersBuilder ChildUnder13() => Under13(true);

    public HallandAnswersBuilder Adult() => Under13(false);

    private HallandAnswersBuilder Under13(bool value)
    {
        _answers = _answers.With(HallandWireNames.PatientUnder13, value);
        return this;
    }

    public HallandAnswers Build() => _answers;
}
