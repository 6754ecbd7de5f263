using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.RuleSets;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// The skane-v5 fixture of issue 8, built from the shipped skane-v4 file (as the CLI tests build it): VS becomes
/// mandatory, TE loses triage, and PMO video that does not replace a visit gets a new name. Valid from 2027-01-01.
/// </summary>
internal static class RuleSetFixtures
{
    public const string NewPmoName = "Videosamtal";

    public const string V5Sha256 = "5a5e0c4d9d8f1e2b3c4a5b6c7d8e9f00112233445566778899aabbccddeeff01";

    public static DateOnly V5ValidFrom { get; } = new(2027, 1, 1);

    public static string V5Json()
    {
        var set = JsonNode.Parse(File.ReadAllText(Shipped("skane-v4")))!.AsObject();
        set["id"] = "skane-v5";
        set["version"] = "5.0";
        set["title"] = "Registreringsanvisningar distanskontakter i Region Skåne, version 5.0 (testfil)";
        set["validFrom"] = "2027-01-01";
        set.Remove("validTo");
        set["supersedes"] = "skane-v4";
        Rule(set, "v4-pasis-vs")["decide"]!["registration"] = "register";
        set["rules"]!.AsArray().Remove(Rule(set, "v4-triage-pasis-te"));
        Rule(set, "v4-pmo-video-ej-ersatter")["decide"]!["name"] = NewPmoName;
        foreach (var rule in set["rules"]!.AsArray())
        {
            rule!["id"] = ((string)rule["id"]!).Replace("v4-", "v5-", StringComparison.Ordinal);
        }

        return set.ToJsonString();
    }

    public static RuleSet V5() => RuleSetParser.Parse(V5Json(), "skane-v5.json");

    public static RuleSetFileInfo FileOf(RuleSet set, Guid id, RuleSetFileState state = RuleSetFileState.Uploaded) => new(
        id, set.Id + ".json", set.Id, set.Version, set.Region, set.Kind, set.ValidFrom, set.ValidTo, set.Supersedes,
        V5Sha256, new DateTime(2026, 5, 30, 8, 15, 0, DateTimeKind.Utc), "demo:admin", state,
        state == RuleSetFileState.Active ? new DateTime(2026, 5, 31, 9, 0, 0, DateTimeKind.Utc) : null,
        state == RuleSetFileState.Active ? "demo:admin" : null,
        state == RuleSetFileState.Quarantined ? "Krockar med skane-v6" : null);

    /// <summary>The shipped catalog plus the candidate, replacing skane-v4 (as the backend's preview gives it).</summary>
    public static RuleSetPreview PreviewOf(RuleSet candidate, RuleSetFileInfo file, string? replacesId = "skane-v4") =>
        new(file, candidate, new RuleSetCatalog([.. RuleSetCatalog.LoadEmbeddedFiles(), candidate]), replacesId);

    private static JsonObject Rule(JsonObject set, string id) =>
        set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    private static string Shipped(string id)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Distanskontakt.Domain", "RuleSets", id + ".json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{id}.json hittades inte under src/Distanskontakt.Domain/RuleSets.");
    }
}
