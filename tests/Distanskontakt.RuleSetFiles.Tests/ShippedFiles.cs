using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.RuleSetFiles.Tests;

/// <summary>The shipped rule-set files as text (from the Domain assembly) and as editable JSON for broken variants.</summary>
internal static class ShippedFiles
{
    public static readonly string[] Ids = ["skane-v3", "skane-v4", "skane-1177d"];

    public static string Text(string id) =>
        RuleSetCatalog.EmbeddedFileText(id) ?? throw new InvalidOperationException($"{id} is not shipped.");

    public static JsonObject Json(string id) => JsonNode.Parse(Text(id))!.AsObject();

    public static JsonObject Rule(JsonObject set, string id) =>
        set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    /// <summary>The shipped sets other than <paramref name="id"/>: what a shipped file joins when checked again.</summary>
    public static RuleSetCatalog CatalogWithout(string id) =>
        new(RuleSetCatalog.LoadEmbeddedFiles().Where(s => s.Id != id));

    public static RuleSetCatalog Catalog { get; } = RuleSetCatalog.LoadEmbedded();

    /// <summary>skane-v4 as v5 from 2027-01-01, superseding v4: an acceptable new version with no changes of its own.</summary>
    public static JsonObject V5()
    {
        var set = Json("skane-v4");
        set["id"] = "skane-v5";
        set["version"] = "5.0";
        set["validFrom"] = "2027-01-01";
        set.Remove("validTo");
        set["supersedes"] = "skane-v4";
        foreach (var rule in set["rules"]!.AsArray())
        {
            rule!["id"] = ((string)rule["id"]!).Replace("v4-", "v5-", StringComparison.Ordinal);
        }

        return set;
    }
}
