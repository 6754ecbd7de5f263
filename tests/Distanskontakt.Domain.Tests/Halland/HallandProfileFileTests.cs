using System.Text.Json.Nodes;
using Distanskontakt.Domain.Halland;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;

namespace Distanskontakt.Domain.Tests.Halland;

public sealed class HallandProfileFileTests
{
    private static JsonObject Shipped()
    {
        using var stream = typeof(HallandProfile).Assembly.GetManifestResourceStream("halland/halland-dk.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    [Fact]
    public void ShouldLeaveTheSkaneCatalogWithoutTheHallandFile()
    {
        Assert.DoesNotContain(RuleSetCatalog.LoadEmbedded().All, s => s.Region == "halland");
        Assert.Equal("halland", HallandProfile.LoadEmbedded().Region);
    }

    [Fact]
    public void ShouldReportEveryProblemOfABrokenFileWithItsPath()
    {
        var json = Shipped();
        json["extra"] = 1;
        json["conditions"]![0]!["channels"] = new JsonArray("video", "fax");
        json["conditions"]![1]!["failure"] = null;
        json["conditions"]![2]!["id"] = "ersatterBesok";
        json["reminders"]![0]!["when"] = new JsonObject { ["switchedFrom"] = "pigeon" };

        var error = Assert.Throws<RuleSetFormatException>(() => HallandProfileParser.Parse(json.ToJsonString(), "halland-dk.json"));

        Assert.Contains(error.Problems, p => p.StartsWith("$.extra: okänt fält", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.conditions[0] (ersatterBesok).channels", StringComparison.Ordinal) && p.Contains("fax", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.conditions[1] (motsvararBesok).failure", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("'ersatterBesok' förekommer två gånger", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.reminders[0] (godkandaSystemVideo).when.switchedFrom", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseAConditionIdThatIsOneOfTheFlowsOwnQuestions()
    {
        var json = Shipped();
        json["conditions"]![0]!["id"] = "channel";

        var error = Assert.Throws<RuleSetFormatException>(() => HallandProfileParser.Parse(json.ToJsonString(), "halland-dk.json"));

        Assert.Contains(error.Problems, p => p.Contains("flödets egna frågor", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseConditionsOutOfTheSourcesOrder()
    {
        var json = Shipped();
        var conditions = json["conditions"]!.AsArray();
        var first = conditions[0]!;
        conditions.RemoveAt(0);
        conditions.Add(first);

        var error = Assert.Throws<RuleSetFormatException>(() => HallandProfileParser.Parse(json.ToJsonString(), "halland-dk.json"));

        Assert.Contains(error.Problems, p => p.Contains("'a' väntades", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldFindAReminderNoPathReachesAndAQuoteThatIsNotInTheSource()
    {
        var json = Shipped();
        json["reminders"]![0]!["when"] = new JsonObject { ["channel"] = new JsonArray("letter") };
        json["conditions"]![0]!["quote"] = "a) ska helst ersätta fysiskt besök.";
        var profile = HallandProfileParser.Parse(json.ToJsonString(), "halland-dk.json");

        var report = HallandProfileVerifier.Verify(profile, SourceTextCatalog.LoadEmbedded());

        Assert.Contains(report.Problems, p => p == "halland-dk.json: godkandaSystemVideo nås inte av någon svarsväg");
        Assert.Contains(report.Problems, p => p.StartsWith("ersatterBesok: citatet står inte ordagrant", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldFindAChannelThatNothingDecides()
    {
        var json = Shipped();
        json["channelRules"] = new JsonArray();
        var profile = HallandProfileParser.Parse(json.ToJsonString(), "halland-dk.json");

        var report = HallandProfileVerifier.Verify(profile);

        Assert.Contains(report.Problems, p => p.StartsWith("letter: varken", StringComparison.Ordinal));
    }
}
