using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Search.Tests;

public sealed class SituationSearchTests
{
    private static SituationSearch Search => SearchFixture.Search;

    [Fact]
    public void ShouldPutTheNormalTestResultByPhoneFirst()
    {
        var hits = Search.Search("ringde upp och lämnade normalt provsvar", RegistrationSystem.Pmo);

        var first = hits[0].Example;
        Assert.Equal(Channel.Phone, first.Answers.Channel);
        Assert.False(first.Answers.ReplacesVisit);
        Assert.Equal("§1.6.4", first.Section);
        Assert.Equal(
            ["Ringer", "lämnar", "provsvar", "normalt"],
            hits[0].Segments.Where(s => s.Hit).Select(s => s.Text));
    }

    [Fact]
    public void ShouldFindTheBulletsOfAPrescriptionRenewalWrittenAsOneWord()
    {
        var hits = Search.Search("receptförnyelse", RegistrationSystem.Pmo);

        Assert.Contains(hits, h => h.Example.Text.Contains("förnyelse av recept", StringComparison.Ordinal));
        var marked = hits.First(h => h.Example.Text.Contains("förnyelse av recept", StringComparison.Ordinal)).Segments.Where(s => s.Hit).Select(s => s.Text);
        Assert.Contains("förnyelse", marked);
        Assert.Contains("recept", marked);
    }

    [Fact]
    public void ShouldFindPhoneBulletsForWordsThatOnlyTheSynonymListLinks()
    {
        var hits = Search.Search("ringde", RegistrationSystem.Pmo);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(Channel.Phone, h.Example.Answers.Channel));
    }

    [Fact]
    public void ShouldOnlyReturnExamplesOfTheChosenSystem()
    {
        foreach (var system in Enum.GetValues<RegistrationSystem>())
        {
            var hits = Search.Search("information till patient om förberedelse", system);

            Assert.NotEmpty(hits);
            Assert.All(hits, h => Assert.Contains(system, h.Example.Systems));
        }
    }

    [Theory]
    [InlineData("2025-03-10", "skane-v4")]
    [InlineData("2024-03-01", "skane-v3")]
    public void ShouldOnlyReturnExamplesOfTheRuleSetInForceOnTheContactDate(string date, string ruleSet)
    {
        var hits = Search.Search("patient ringer och ber om förnyelse av recept", RegistrationSystem.Pmo, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.Example.RuleSet, new[] { ruleSet, "skane-1177d" }));
        Assert.Equal(ruleSet, hits[0].Example.RuleSet);
    }

    [Fact]
    public void ShouldIncludeThe1177DirektOverlayInPmoOnly()
    {
        Assert.Contains(Search.Search("1177 direkt egenvårdsråd", RegistrationSystem.Pmo), h => h.Example.RuleSet == "skane-1177d");
        Assert.DoesNotContain(Search.Search("1177 direkt egenvårdsråd", RegistrationSystem.Pasis), h => h.Example.RuleSet == "skane-1177d");
    }

    [Fact]
    public void ShouldPreferNotReplacingWhenTheQuerySaysSo()
    {
        var replacing = Search.Search("video som ersätter besök", RegistrationSystem.Pasis);
        var notReplacing = Search.Search("video som inte ersätter besök", RegistrationSystem.Pasis);

        Assert.True(replacing[0].Example.Answers.ReplacesVisit);
        Assert.False(notReplacing[0].Example.Answers.ReplacesVisit);
    }

    [Theory]
    [InlineData("xyzzy qwerty")]
    [InlineData("och som i på")]
    [InlineData("!!! ???")]
    public void ShouldFindNothingWhenNoWordMatches(string query)
    {
        Assert.Empty(Search.Search(query, RegistrationSystem.Pmo));
    }

    [Fact]
    public void ShouldReturnAtMostTenBestFirst()
    {
        var hits = Search.Search("patient", RegistrationSystem.Pmo);

        Assert.Equal(SituationSearch.MaxResults, hits.Count);
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Fact]
    public void ShouldKeepTheWholeTextInItsSegments()
    {
        foreach (var hit in Search.Search("skriftligt meddelande via 1177 om recept", RegistrationSystem.Pasis))
        {
            Assert.Equal(hit.Example.Text, string.Concat(hit.Segments.Select(s => s.Text)));
            Assert.Contains(hit.Segments, s => s.Hit);
        }
    }

    [Fact]
    public void ShouldIndexEveryShippedExample()
    {
        Assert.Equal(SituationExampleCatalog.LoadEmbedded().All.Count, SearchFixture.Index.DocumentCount);
        Assert.True(SearchFixture.Index.TermCount > 100, $"{SearchFixture.Index.TermCount} terms");
        Console.WriteLine($"Index: {SearchFixture.Index.DocumentCount} dokument, {SearchFixture.Index.TermCount} termer, {SearchFixture.Index.Vocabulary} ord för sammansättningar");
    }
}
