using Distanskontakt.Domain.Outcomes;

namespace Distanskontakt.Domain.Halland;

/// <summary>
/// Answers in, question flow or result out, for the Halland profile (docs/domain.md §8). Asking order: the channel;
/// then, unless the channel decides on its own (letter), every requirement of a–k that applies to the channel, in the
/// source's order — all of them, so that the answer names every failed condition; then whether the contact was switched
/// from another channel, and whether the patient is a child under 13 (these two only select reminders). Only answers on
/// the path reach the result, so an off-path answer cannot change it.
/// </summary>
public sealed class HallandAssessmentEngine
{
    private static readonly string[] _channelValues = [.. Enum.GetValues<HallandChannel>().Select(HallandWireNames.Of)];
    private static readonly string[] _yesNoValues = ["true", "false"];

    private readonly Dictionary<HallandChannel, HallandQuestion[]> _paths = [];
    private readonly string[] _questionNames;

    public HallandAssessmentEngine(HallandProfile profile)
    {
        Profile = profile;
        foreach (var channel in Enum.GetValues<HallandChannel>())
        {
            _paths[channel] = profile.ChannelRuleFor(channel) is not null
                ? []
                : [.. profile.RequirementsFor(channel).Select(c => HallandQuestions.For(c, channel)),
                    HallandQuestions.SwitchedFrom(channel), HallandQuestions.PatientUnder13];
        }

        _questionNames =
        [
            HallandWireNames.Channel,
            .. profile.Conditions.Where(c => c.Kind == HallandConditionKind.Requirement).Select(c => c.Id),
            HallandWireNames.SwitchedFrom,
            HallandWireNames.PatientUnder13,
        ];
    }

    public HallandProfile Profile { get; }

    /// <summary>Every question name of the profile in asking order: the API's fields and the address parameters.</summary>
    public IReadOnlyList<string> QuestionNames => _questionNames;

    /// <summary>The questions after the channel for a contact on <paramref name="channel"/> (none for letter).</summary>
    public IReadOnlyList<HallandQuestion> PathAfter(HallandChannel channel) => _paths[channel];

    /// <summary>Every value a question can take on some path (the path may narrow it: <c>switchedFrom</c> is never the channel itself).</summary>
    public IReadOnlyList<string> ValuesOf(string name) => name switch
    {
        HallandWireNames.Channel => _channelValues,
        HallandWireNames.SwitchedFrom => HallandQuestions.SwitchedFromValues,
        _ when _questionNames.Contains(name, StringComparer.Ordinal) => _yesNoValues,
        _ => [],
    };

    /// <summary>Sets one answer from its wire value; false for an unknown question or a value it never takes.</summary>
    public bool TryWith(HallandAnswers answers, string name, string? value, out HallandAnswers result)
    {
        if (value is not null && ValuesOf(name).Contains(value, StringComparer.Ordinal))
        {
            result = answers.With(name, value);
            return true;
        }

        result = answers;
        return false;
    }

    /// <summary>The question by name as it is asked on the path of <paramref name="channel"/>, if it is on that path.</summary>
    public HallandQuestion? QuestionOnPath(string name, HallandChannel? channel) =>
        name == HallandWireNames.Channel ? HallandQuestions.Channel
        : channel is { } c ? _paths[c].FirstOrDefault(q => q.Name == name)
        : null;

    public HallandAssessment Assess(HallandAnswers answers)
    {
        if (answers.Channel is not { } channel)
        {
            return new HallandAssessment(HallandAnswers.Empty, [], [HallandWireNames.Channel], HallandQuestions.Channel, null);
        }

        var known = HallandAnswers.Empty.With(channel);
        var answered = new List<HallandQuestion> { HallandQuestions.Channel };
        var missing = new List<string>();
        foreach (var question in _paths[channel])
        {
            // A value this path does not offer (switchedFrom equal to the channel) counts as unanswered, never guessed.
            if (answers[question.Name] is { } value && question.Options.Any(o => o.Value == value))
            {
                known = known.With(question.Name, value);
                answered.Add(question);
            }
            else
            {
                missing.Add(question.Name);
            }
        }

        if (missing.Count > 0)
        {
            return new HallandAssessment(known, answered, missing, _paths[channel].First(q => q.Name == missing[0]), null);
        }

        return new HallandAssessment(known, answered, missing, null, Result(channel, known));
    }

    private HallandResult Result(HallandChannel channel, HallandAnswers known)
    {
        if (Profile.ChannelRuleFor(channel) is { } rule)
        {
            return new HallandResult(HallandVerdict.InteDistanskontakt, [rule.Statement], [], [], [rule.Statement.Source]);
        }

        var failed = Profile.RequirementsFor(channel)
            .Where(c => known.YesNo(c.Id) == false)
            .Select(c => c.FailureStatement)
            .ToList();
        var notes = new List<HallandStatement>();
        if (failed.Count > 0)
        {
            notes.Add(Profile.ConditionsNotMet);
        }

        notes.AddRange(Profile.Conditions
            .Where(c => c.Kind == HallandConditionKind.Permission && c.Channels.Contains(channel))
            .Select(c => c.NoteStatement));
        var reminders = Profile.Reminders.Where(r => Applies(r, channel, known)).Select(r => r.Statement).ToList();

        var sources = new List<SourceReference> { Profile.Definition };
        foreach (var source in failed.Concat(notes).Concat(reminders).Select(s => s.Source))
        {
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        return new HallandResult(
            failed.Count == 0 ? HallandVerdict.Distanskontakt : HallandVerdict.InteDistanskontakt,
            failed, notes, reminders, sources);
    }

    private static bool Applies(HallandReminder reminder, HallandChannel channel, HallandAnswers known) =>
        (reminder.Channels is null || reminder.Channels.Contains(channel))
        && (reminder.SwitchedFrom is null || (known[HallandWireNames.SwitchedFrom] is { } from && reminder.SwitchedFrom.Contains(from, StringComparer.Ordinal)))
        && (reminder.PatientUnder13 is null || known.YesNo(HallandWireNames.PatientUnder13) == reminder.PatientUnder13);
}
