using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.RuleSetFiles.Tests;

public class RuleSetAcceptanceTests
{
    // Skatteverket's well-known test number: a real date and a valid check digit.
    private const string Personnummer = "19121212-1212";

    [Theory]
    [InlineData("skane-v3")]
    [InlineData("skane-v4")]
    [InlineData("skane-1177d")]
    public void ShouldAcceptEveryShippedFileAgainstTheOtherShippedSets(string id)
    {
        var result = RuleSetAcceptance.Check($"{id}.json", ShippedFiles.Text(id), ShippedFiles.CatalogWithout(id));

        Assert.Empty(result.Problems);
        Assert.True(result.IsAccepted);
        Assert.Equal(id, result.Candidate!.Id);
        Assert.True(result.Report!.PathsChecked > 0);
        Assert.Equal(RuleSetFileHash.Of(ShippedFiles.Text(id)), result.Sha256);
    }

    [Fact]
    public void ShouldAcceptANewVersionThatSupersedesTheSetInForce()
    {
        var result = RuleSetAcceptance.Check("skane-v5.json", ShippedFiles.V5().ToJsonString(), ShippedFiles.Catalog);

        Assert.Empty(result.Problems);
        Assert.Contains(result.Catalog!.All, s => s.Id == "skane-v5");
        Assert.Equal(new DateOnly(2026, 12, 31), result.Catalog.EffectiveEnd(result.Catalog.All.Single(s => s.Id == "skane-v4")));
    }

    [Fact]
    public void ShouldRefuseASchemaViolationBeforeParsing()
    {
        var set = ShippedFiles.V5();
        set["owner"] = "Region Skåne";

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.False(result.IsAccepted);
        Assert.Null(result.Candidate);
        Assert.Equal(["$.owner: okänt fält"], result.Problems);
    }

    [Fact]
    public void ShouldRefuseAPersonnummerInANoteNamingThePathButNeverTheNumber()
    {
        var set = ShippedFiles.V5();
        ShippedFiles.Rule(set, "v5-pasis-vk")["notes"] = new JsonArray(new JsonObject
        {
            ["kind"] = "info",
            ["text"] = $"Som för patienten {Personnummer} i exemplet.",
        });

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        var problem = Assert.Single(result.Problems);
        Assert.Matches(@"^\$\.rules\[\d+\] \(v5-pasis-vk\)\.notes\[0\]\.text: innehåller ett personnummer", problem);
        Assert.DoesNotContain("1212", problem, StringComparison.Ordinal);
        Assert.Null(result.Candidate);
    }

    [Fact]
    public void ShouldHideAPersonnummerThatStandsInAFieldNameOrRuleId()
    {
        var set = ShippedFiles.V5();
        var rule = ShippedFiles.Rule(set, "v5-pasis-vk");
        rule["id"] = $"regel-{Personnummer}";
        set[Personnummer] = "x";

        var result = RuleSetAcceptance.Check($"patient-{Personnummer}.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.Equal(3, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.DoesNotContain("1212", p, StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("filnamnet", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("$.[dolt]:", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("([dolt]).id:", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseAnUnknownChannelWithItsJsonPath()
    {
        var set = ShippedFiles.V5();
        ShippedFiles.Rule(set, "v5-pasis-vk")["when"]!["channel"] = "fax";

        var problem = Assert.Single(RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog).Problems);

        Assert.Matches(@"^\$\.rules\[\d+\] \(v5-pasis-vk\)\.when\.channel: otillåtet värde ""fax""", problem);
    }

    [Fact]
    public void ShouldRefuseAParserProblemTheSchemaCannotSee()
    {
        var set = ShippedFiles.V5();
        ShippedFiles.Rule(set, "v5-pasis-vs")["id"] = "v5-pasis-vk";

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.Contains(result.Problems, p => p.Contains("(v5-pasis-vk): regel-id förekommer två gånger", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseTwoSetsOfOneRegionInForceOnOneDayWithoutSupersedes()
    {
        var set = ShippedFiles.V5();
        set.Remove("supersedes");
        set["validFrom"] = "2026-06-01";

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.Equal(["skane-v4 och skane-v5 gäller samtidigt för skane utan att den ena ersätter den andra"], result.Problems);
        Assert.NotNull(result.Candidate);
        Assert.Null(result.Report);
    }

    [Fact]
    public void ShouldRefuseASetWhoseIdIsTaken()
    {
        var result = RuleSetAcceptance.Check("skane-v4.json", ShippedFiles.Text("skane-v4"), ShippedFiles.Catalog);

        Assert.Contains("id 'skane-v4' förekommer i flera filer", result.Problems);
    }

    [Fact]
    public void ShouldRefuseTwoDecisionsForOnePathNamingBothRulesAndThePath()
    {
        var set = ShippedFiles.V5();
        var copy = ShippedFiles.Rule(set, "v5-pasis-vs").DeepClone().AsObject();
        copy["id"] = "v5-pasis-vs-dubblett";
        set["rules"]!.AsArray().Add(copy);

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.False(result.IsAccepted);
        Assert.False(result.Report!.IsValid);
        var ambiguous = result.Problems.Where(p => p.Contains("flera utfall", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(ambiguous);
        Assert.All(ambiguous, p =>
        {
            Assert.StartsWith("system=pasis contactDate=", p, StringComparison.Ordinal);
            Assert.Contains("channel=video", p, StringComparison.Ordinal);
            Assert.EndsWith("v5-pasis-vs, v5-pasis-vs-dubblett.", p, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ShouldRefuseAnUnreachableRuleNamingIt()
    {
        var set = ShippedFiles.V5();
        var copy = ShippedFiles.Rule(set, "v5-pasis-vs").DeepClone().AsObject();
        copy["id"] = "v5-aldrig";
        copy["when"]!["channel"] = new JsonArray("video");
        copy["when"]!["system"] = "pmo";
        copy["when"]!["replacesVisit"] = true;
        copy["when"]!["supportProgram"] = true;
        copy["when"]!["journalDocumented"] = false;
        copy.Remove("decide");
        set["rules"]!.AsArray().Add(copy);

        var result = RuleSetAcceptance.Check("skane-v5.json", set.ToJsonString(), ShippedFiles.Catalog);

        Assert.Contains("skane-v5.json: regeln v5-aldrig nås inte av någon svarsväg", result.Problems);
    }

    [Fact]
    public void ShouldRefuseTextThatIsNoJsonWithoutQuotingIt()
    {
        var result = RuleSetAcceptance.Check("trasig.json", "{ \"id\": 19121212-1212", ShippedFiles.Catalog);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("ogiltig JSON (rad 1", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("1212", problem, StringComparison.Ordinal);
    }
}
