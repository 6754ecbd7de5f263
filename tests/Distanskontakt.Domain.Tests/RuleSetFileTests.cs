using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

public sealed class RuleSetFileTests
{
    [Fact]
    public void ShouldReportEveryProblemOfABrokenFileWithItsPath()
    {
        const string json = """
            {"id":"x","version":"1","region":"skane","kind":"ruleSet","title":"X","validFrom":"2030-01-01","extra":1,
             "rules":[{"id":"a","when":{"channel":"fax"},"decide":{"registration":"register"}},
                      {"id":"a","when":{"system":"pmo"},"obligations":[{"id":"coffee","level":"required"}]}]}
            """;

        var error = Assert.Throws<RuleSetFormatException>(() => RuleSetParser.Parse(json, "x.json"));

        Assert.Equal("x.json", error.SourceName);
        Assert.Contains(error.Problems, p => p.StartsWith("$.extra", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("when.channel", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("decide.name", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("två gånger", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("coffee", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldDecideANewContactTypeOfALaterVersionWithoutCodeChange()
    {
        var v5 = RuleSetParser.Parse(V5WithNewType, "skane-v5.json");
        var catalog = new RuleSetCatalog([.. RuleSetCatalog.LoadEmbeddedFiles(), v5]);
        var engine = new Engine.DecisionEngine(catalog, Clocks.At(2027, 3, 1));

        var outcome = engine.Decide(new AnswersBuilder().On(2027, 2, 1).Pasis().Video().SupportProgram(false).NotReplacingVisit().Build()).Outcome!;
        var before = engine.Decide(new AnswersBuilder().On(2026, 12, 31).Pasis().Video().SupportProgram(false).NotReplacingVisit().Build()).Outcome!;

        Assert.Equal("skane-v5", outcome.RuleSet.Id);
        Assert.Equal("VX", outcome.ContactType!.Code);
        Assert.Equal("Video ny typ", outcome.ContactType.Name);
        Assert.Equal("VS", before.ContactType!.Code);
        Assert.Equal(RuleSetStatus.Superseded, catalog.StatusOn(catalog.All.Single(s => s.Id == "skane-v4"), new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void ShouldFindAPathWithoutOutcomeAnAmbiguousPathAndAnUnreachableRule()
    {
        var broken = RuleSetParser.Parse("""
            {"id":"trasig","version":"1","region":"test","kind":"ruleSet","title":"Trasig","validFrom":"2020-01-01",
             "obligationTexts":{"journal":"Journalför."},
             "rules":[
               {"id":"video-1","when":{"channel":"video"},"decide":{"registration":"none"}},
               {"id":"staff-1","when":{"channel":"staffAboutPatient","system":"pmo"},"decide":{"registration":"register","name":"A"}},
               {"id":"staff-2","when":{"channel":"staffAboutPatient","system":"pmo"},"decide":{"registration":"register","name":"B"}},
               {"id":"never","when":{"system":"pmo","channel":"video","replacesVisit":true},"decide":{"registration":"register","name":"C"}}
             ]}
            """, "trasig.json");

        var report = RuleSetVerifier.Verify(new RuleSetCatalog([broken]));

        Assert.False(report.IsValid);
        Assert.Contains(report.Problems, p => p.Contains("channel=phone", StringComparison.Ordinal) && p.Contains("saknar utfall", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("staff-1", StringComparison.Ordinal) && p.Contains("staff-2", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Contains("never", StringComparison.Ordinal) && p.Contains("nås inte", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseTwoRuleSetsInForceOnTheSameDayUnlessOneSupersedesTheOther()
    {
        var clash = RuleSetParser.Parse(
            V5WithNewType.Replace("\"supersedes\":\"skane-v4\",", "", StringComparison.Ordinal)
                .Replace("2027-01-01", "2026-12-01", StringComparison.Ordinal),
            "skane-v5.json");

        var error = Assert.Throws<RuleSetFormatException>(() => new RuleSetCatalog([.. RuleSetCatalog.LoadEmbeddedFiles(), clash]));

        Assert.Contains(error.Problems, p => p.Contains("skane-v4", StringComparison.Ordinal) && p.Contains("skane-v5", StringComparison.Ordinal));
    }

    /// <summary>A made-up next version: starts 2027-01-01 (ending v4 a day earlier than v4 says) with a new type.</summary>
    private const string V5WithNewType = """
        {"id":"skane-v5","version":"5.0","region":"skane","kind":"ruleSet","title":"Version 5","validFrom":"2027-01-01","validTo":"2028-12-31",
         "supersedes":"skane-v4",
         "obligationTexts":{"diagnosis":"Registrera diagnos."},
         "rules":[
           {"id":"v5-video-ny","when":{"system":"pasis","channel":"video","replacesVisit":false},"decide":{"registration":"register","code":"VX","name":"Video ny typ"}},
           {"id":"v5-video","when":{"system":"pasis","channel":"video","replacesVisit":true},"decide":{"registration":"register","code":"VK","name":"Video kval"}},
           {"id":"v5-ovrigt","when":{"channel":["phone","text","staffAboutPatient","noteWithoutContact","patientSelfService"]},"decide":{"registration":"notCovered"}},
           {"id":"v5-pmo-video","when":{"system":"pmo","channel":"video"},"decide":{"registration":"notCovered"}}
         ]}
        """;
}
