using Distanskontakt.Domain.Outcomes;

namespace Distanskontakt.Domain.Halland;

/// <summary>
/// Where a Halland assessment stands: the answers on the path (off-path answers dropped), the questions answered in
/// asking order, the unanswered ones still on the path, the next one, or the result when complete.
/// </summary>
public sealed record HallandAssessment(
    HallandAnswers Answers,
    IReadOnlyList<HallandQuestion> Answered,
    IReadOnlyList<string> Missing,
    HallandQuestion? NextQuestion,
    HallandResult? Result)
{
    public bool Complete => Result is not null;
}

/// <summary>
/// The answer: distanskontakt or not, every failed condition (or the channel rule) named and cited, the notes
/// (the permission e for video; why unmet conditions mean "not a distanskontakt"), the reminders that apply, and
/// the cited sections in order.
/// </summary>
public sealed record HallandResult(
    HallandVerdict Verdict,
    IReadOnlyList<HallandStatement> FailedConditions,
    IReadOnlyList<HallandStatement> Notes,
    IReadOnlyList<HallandStatement> Reminders,
    IReadOnlyList<SourceReference> Sources)
{
    /// <summary>A stable text of everything in the result, to compare results (the verifier, tests).</summary>
    public string Canonical() =>
        $"{HallandWireNames.Of(Verdict)}|{string.Join(",", FailedConditions.Select(s => s.Id))}|{string.Join(",", Notes.Select(s => s.Id))}"
        + $"|{string.Join(",", Reminders.Select(s => s.Id))}|{string.Join(",", Sources)}";
}
