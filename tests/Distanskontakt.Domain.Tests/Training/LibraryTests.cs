using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Training;

/// <summary>
/// The library's view of the scenarios. That each shipped expectation equals the engine's outcome at the
/// scenario's date, part by part, is <see cref="ScenarioTests"/>; here: none of them is flagged stale.
/// </summary>
public sealed class LibraryTests
{
    [Fact]
    public void ShouldShowEveryShippedScenarioAsUpToDate()
    {
        var engine = Clocks.Engine();

        var stale = TrainingScenarios.Shipped
            .Select(s => (s.Id, Check: ExpectationCheck.For(s, engine)))
            .Where(c => c.Check.IsStale)
            .Select(c => $"{c.Id}: {string.Join(" ", c.Check.Differences)}")
            .ToList();

        Assert.Equal(ScenarioCatalogCount(), TrainingScenarios.Shipped.Count);
        Assert.Empty(stale);
    }

    [Fact]
    public void ShouldFilterBySystemChannelRuleSetAndSection()
    {
        var filter = new ScenarioFilter(System: RegistrationSystem.Pasis, Channel: Channel.Phone, RuleSet: "skane-v4");

        var found = filter.Apply(TrainingScenarios.Shipped);

        Assert.NotEmpty(found);
        Assert.All(found, s => Assert.True(s is { System: RegistrationSystem.Pasis, Channel: Channel.Phone, Expected.RuleSet: "skane-v4" }, s.Id));
        var section = new ScenarioFilter(Document: "skane-v4", Section: "§1.5.1").Apply(TrainingScenarios.Shipped);
        Assert.Contains(section, s => s.Id == "v4-pmo-egen-formular-1177");
        Assert.All(section, s => Assert.Equal("§1.5.1", s.Source!.Section));
    }

    [Fact]
    public void ShouldFindEveryWordOfTheSearchInAnyCase()
    {
        var found = new ScenarioFilter(Text: "FORMULÄR 1177").Apply(TrainingScenarios.Shipped);

        Assert.Contains(found, s => s.Id == "v4-pmo-egen-formular-1177");
        Assert.All(found, s => Assert.Contains("1177", s.Situation + s.Title + s.Id, StringComparison.Ordinal));
        Assert.Empty(new ScenarioFilter(Text: "formulär zzzz").Apply(TrainingScenarios.Shipped));
    }

    private static int ScenarioCatalogCount() => Scenarios.ScenarioCatalog.LoadEmbedded().Count;
}
