using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>
/// The scenario library's search: free text (every word must occur, in any case, in the title, situation, section,
/// id or correct answer), and filters by system, channel, rule set, source document and section. Null means "any".
/// </summary>
public sealed record ScenarioFilter(
    string? Text = null,
    RegistrationSystem? System = null,
    Channel? Channel = null,
    string? RuleSet = null,
    string? Document = null,
    string? Section = null,
    ScenarioOrigin? Origin = null)
{
    public bool Matches(TrainingScenario scenario) =>
        (System is null || scenario.System == System)
        && (Channel is null || scenario.Channel == Channel)
        && (string.IsNullOrEmpty(RuleSet) || scenario.Expected.RuleSet == RuleSet)
        && (string.IsNullOrEmpty(Document) || scenario.Source?.Document == Document)
        && (string.IsNullOrEmpty(Section) || scenario.Source?.Section == Section)
        && (Origin is null || scenario.Origin == Origin)
        && MatchesText(scenario);

    public IReadOnlyList<TrainingScenario> Apply(IEnumerable<TrainingScenario> scenarios) => [.. scenarios.Where(Matches)];

    private bool MatchesText(TrainingScenario scenario)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            return true;
        }

        var words = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var haystack = string.Join(' ',
            scenario.Id,
            scenario.Title,
            scenario.Situation,
            scenario.Source?.Section ?? "",
            TrainingTexts.Verdict(scenario.Expected.Registration, scenario.Expected.ContactType));
        return words.All(word => haystack.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
