using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests.RuleSets;

/// <summary>
/// The skane-v5 fixture of issue 8 (<see cref="SkaneV5Fixture"/>) as the registry's tests upload it: file text, and
/// the JSON to break a rule of.
/// </summary>
internal static class RuleSetFixtures
{
    public static DateOnly V5Start => SkaneV5Fixture.ValidFrom;

    public static string ShippedText(string id) =>
        RuleSetCatalog.EmbeddedFileText(id) ?? throw new InvalidOperationException($"{id} is not shipped.");

    /// <summary>The shared fixture; without <paramref name="supersedes"/> it merely follows skane-v4.</summary>
    public static JsonObject V5(bool supersedes = true)
    {
        var set = SkaneV5Fixture.Json();
        if (!supersedes)
        {
            set.Remove("supersedes");
        }

        return set;
    }

    public static string V5Text(bool supersedes = true) => V5(supersedes).ToJsonString();

    public static JsonObject Rule(JsonObject set, string id) =>
        set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);
}
