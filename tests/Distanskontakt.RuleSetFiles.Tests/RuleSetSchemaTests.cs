using System.Text.Json.Nodes;

namespace Distanskontakt.RuleSetFiles.Tests;

public class RuleSetSchemaTests
{
    [Theory]
    [InlineData("skane-v3")]
    [InlineData("skane-v4")]
    [InlineData("skane-1177d")]
    public void ShouldAcceptEveryShippedFile(string id) =>
        Assert.Empty(RuleSetSchema.Validate(ShippedFiles.Text(id)));

    [Fact]
    public void ShouldPublishTheSameSchemaThatItEmbeds()
    {
        var published = File.ReadAllText(Path.Combine(RepositoryRoot(), "schemas", "ruleset.schema.json"));

        Assert.Equal(published, RuleSetSchema.Text);
    }

    [Fact]
    public void ShouldNameTheRuleAndFieldOfAnUnknownField()
    {
        var set = ShippedFiles.Json("skane-v4");
        ShippedFiles.Rule(set, "v4-pasis-vk")["priority"] = 1;

        var problem = Assert.Single(RuleSetSchema.Validate(set.ToJsonString()));

        Assert.Matches(@"^\$\.rules\[\d+\] \(v4-pasis-vk\)\.priority: okänt fält$", problem);
    }

    [Fact]
    public void ShouldNameTheValueOfAnUnknownChannelOnce()
    {
        var set = ShippedFiles.Json("skane-v4");
        ShippedFiles.Rule(set, "v4-pasis-vk")["when"]!["channel"] = "fax";

        var problem = Assert.Single(RuleSetSchema.Validate(set.ToJsonString()));

        Assert.Matches(@"^\$\.rules\[\d+\] \(v4-pasis-vk\)\.when\.channel: otillåtet värde ""fax""", problem);
    }

    [Fact]
    public void ShouldNameAnUnknownValueInsideAListOfChannels()
    {
        var set = ShippedFiles.Json("skane-1177d");
        ShippedFiles.Rule(set, "1177d-overlamnat")["when"]!["channel"] = new JsonArray("video", "fax");

        var problem = Assert.Single(RuleSetSchema.Validate(set.ToJsonString()));

        Assert.StartsWith("$.rules[0] (1177d-overlamnat).when.channel[1]: otillåtet värde \"fax\"", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validFrom", "\"1 januari 2025\"", "$.validFrom: datum på formen ÅÅÅÅ-MM-DD krävs")]
    [InlineData("kind", "\"tillägg\"", "$.kind: otillåtet värde \"tillägg\"")]
    [InlineData("title", "42", "$.title: en text krävs, inte 42")]
    [InlineData("rules", "{}", "$.rules: en lista krävs, inte {}")]
    [InlineData("id", "\"en-alldeles-for-lang-identitet-for-loggen\"", "$.id: för lång (högst 32 tecken)")]
    public void ShouldNameTheTopLevelFieldOfAWrongValue(string field, string json, string expected)
    {
        var set = ShippedFiles.Json("skane-v4");
        set[field] = JsonNode.Parse(json);

        var problem = Assert.Single(RuleSetSchema.Validate(set.ToJsonString()));

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNameAMissingRequiredField()
    {
        var set = ShippedFiles.Json("skane-v4");
        set.Remove("region");

        Assert.Equal(["$.region: saknas"], RuleSetSchema.Validate(set.ToJsonString()));
    }

    [Fact]
    public void ShouldNameAWrongTypeInADecision()
    {
        var set = ShippedFiles.Json("skane-v4");
        ShippedFiles.Rule(set, "v4-pasis-vk")["decide"]!["registration"] = true;

        var problem = Assert.Single(RuleSetSchema.Validate(set.ToJsonString()));

        Assert.StartsWith("$.rules[", problem, StringComparison.Ordinal);
        Assert.Contains("(v4-pasis-vk).decide.registration: otillåtet värde true", problem, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Distanskontakt.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Distanskontakt.sln hittades inte.");
    }
}
