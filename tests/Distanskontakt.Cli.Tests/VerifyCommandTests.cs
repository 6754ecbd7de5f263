using System.Text.Json.Nodes;
using Distanskontakt.Cli;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Cli.Tests;

public class VerifyCommandTests
{
    private static readonly int _shippedPaths = RuleSetVerifier.Verify(RuleSetCatalog.LoadEmbedded()).PathsChecked;

    [Theory]
    [InlineData("skane-v3")]
    [InlineData("skane-v4")]
    [InlineData("skane-1177d")]
    public void Each_shipped_file_is_valid_with_its_path_count(string id)
    {
        var (code, output) = CliFixtures.Run("verify", CliFixtures.Shipped(id));

        Assert.Equal(CliApp.Ok, code);
        Assert.True(_shippedPaths > 0);
        Assert.Contains($"Id: {id} ", output, StringComparison.Ordinal);
        Assert.Contains($"Paths checked: {_shippedPaths} ", output, StringComparison.Ordinal);
        Assert.Contains("VALID", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PROBLEM", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_of_a_shipped_file()
    {
        var (code, output) = CliFixtures.Run("verify", CliFixtures.Shipped("skane-v4"), "--json");

        Assert.Equal(CliApp.Ok, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("skane-v4", (string?)json["id"]);
        Assert.True((bool)json["valid"]!);
        Assert.Equal(_shippedPaths, (int)json["pathsChecked"]!);
        Assert.Equal("2025-01-01", (string?)json["validFrom"]);
        Assert.Empty(json["problems"]!.AsArray());
    }

    [Fact]
    public void An_unknown_channel_is_refused_with_its_json_path()
    {
        var set = CliFixtures.ReadShipped("skane-v4");
        CliFixtures.Rule(set, "v4-pasis-vk")["when"]!["channel"] = "fax";

        var (code, output) = CliFixtures.Run("verify", CliFixtures.Write(set));

        Assert.Equal(CliApp.Refused, code);
        var problem = Assert.Single(output.Split('\n'), l => l.Contains("PROBLEM", StringComparison.Ordinal));
        Assert.Contains("$.rules[", problem, StringComparison.Ordinal);
        Assert.Contains("channel", problem, StringComparison.Ordinal);
        Assert.Contains("fax", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_quote_that_is_not_verbatim_is_refused_naming_the_rules_and_the_entry()
    {
        var set = CliFixtures.ReadShipped("skane-v3");
        var entry = set["interpretations"]!.AsArray().Single(e => (string?)e!["id"] == "ersatter-diagnos")!;
        entry["quotes"]![0]!["text"] = "2. Kontakten ska uppfylla samma krav på journalföring som fysiska besök.";

        var (code, output) = CliFixtures.Run("verify", CliFixtures.Write(set));

        Assert.Equal(CliApp.Refused, code);
        var problem = Assert.Single(output.Split('\n'), l => l.Contains("PROBLEM", StringComparison.Ordinal));
        Assert.Contains("v3-ersatter-diagnos: tolkningen ersatter-diagnos: citatet", problem, StringComparison.Ordinal);
        Assert.Contains("står inte ordagrant i skane-v3 Distanskontakter som ersätter besök", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_violation_is_refused_naming_its_path()
    {
        var set = CliFixtures.ReadShipped("skane-v4");
        CliFixtures.Rule(set, "v4-pasis-vk")["priority"] = 1;
        set["validTo"] = 20261231;

        var (code, output) = CliFixtures.Run("verify", CliFixtures.Write(set), "--json");

        Assert.Equal(CliApp.Refused, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.False((bool)json["valid"]!);
        var problems = json["problems"]!.AsArray().Select(p => (string)p!).ToArray();
        Assert.Equal(2, problems.Length);
        Assert.Equal("$.validTo: otillåtet värde 20261231", problems[0]);
        Assert.Matches(@"^\$\.rules\[\d+\] \(v4-pasis-vk\)\.priority: okänt fält$", problems[1]);
    }

    [Fact]
    public void A_personnummer_in_a_note_is_refused_without_repeating_it()
    {
        var set = CliFixtures.ReadShipped("skane-v4");
        CliFixtures.Rule(set, "v4-pasis-vk")["notes"] = new JsonArray(new JsonObject { ["kind"] = "info", ["text"] = "Se 19121212-1212." });

        var (code, output) = CliFixtures.Run("verify", CliFixtures.Write(set));

        Assert.Equal(CliApp.Refused, code);
        Assert.Contains("(v4-pasis-vk).notes[0].text: innehåller ett personnummer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1212", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_decisions_for_one_path_are_refused_naming_both_rules()
    {
        var set = CliFixtures.ReadShipped("skane-v4");
        var copy = CliFixtures.Rule(set, "v4-pasis-vs").DeepClone().AsObject();
        copy["id"] = "v4-pasis-vs-dubblett";
        copy["decide"]!["name"] = "Video stand (dubblett)";
        set["rules"]!.AsArray().Add(copy);

        var (code, output) = CliFixtures.Run("verify", CliFixtures.Write(set), "--json");

        Assert.Equal(CliApp.Refused, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.False((bool)json["valid"]!);
        var problems = json["problems"]!.AsArray().Select(p => (string)p!).ToArray();
        Assert.NotEmpty(problems);
        var ambiguous = problems.Where(p => p.Contains("flera utfall", StringComparison.Ordinal)).ToArray();
        // PASiS video that does not replace a visit: without SoB, with SoB journalled, and with SoB not journalled (the
        // "none" wins there, but the two types are still two decisions of one file), on both representative dates of skane-v4.
        Assert.Equal(6, ambiguous.Length);
        Assert.All(ambiguous, p =>
        {
            Assert.StartsWith("system=pasis contactDate=", p, StringComparison.Ordinal);
            Assert.Contains("channel=video", p, StringComparison.Ordinal);
            Assert.Contains("replacesVisit=false", p, StringComparison.Ordinal);
            Assert.EndsWith("v4-pasis-vs, v4-pasis-vs-dubblett.", p, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData]
    [InlineData("verify")]
    [InlineData("verify", "a.json", "b.json")]
    [InlineData("check", "a.json")]
    [InlineData("verify", "a.json", "--yaml")]
    [InlineData("diff", "skane-v3")]
    public void Wrong_usage_prints_the_usage_line(params string[] args)
    {
        var (code, output) = CliFixtures.Run(args);

        Assert.Equal(CliApp.WrongUsage, code);
        Assert.StartsWith("Användning / Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var (code, output) = CliFixtures.Run("verify", Path.Combine(Path.GetTempPath(), "finns-inte.json"));

        Assert.Equal(CliApp.Refused, code);
        Assert.Contains("PROBLEM", output, StringComparison.Ordinal);
    }
}
