using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.TestUtilities;

/// <summary>
/// The skane-v5 fixture of issue 8, as data only: skane-v4's rules under a new id from 2027-01-01, superseding
/// skane-v4, with VS made mandatory, PMO video that does not replace a visit given a new vårdkontakt name, and (since
/// skane-v4 lost its TE triage in revision 2) one interpretation dropped and one added: the Stöd och behandling
/// contact that replaces a visit is written into the instruction (its interpretation note goes), and TE gets a new
/// interpretation note. The same changes as the command line's diff test (Cli.Tests/DiffCommandTests).
/// </summary>
public static class SkaneV5Fixture
{
    public const string Id = "skane-v5";

    public const string NewPmoName = "Videosamtal";

    public static DateOnly ValidFrom { get; } = new(2027, 1, 1);

    /// <summary>The text of the interpretation note that the fixture adds to TE.</summary>
    public const string AddedTeText = "skane-v5 nämner ingen Triage före annat besök för TE. Tolkning: TE registreras utan triage även när samtalet leder till besök samma dag.";

    /// <summary>The register entry of the added TE note; the dropped one is <see cref="DroppedInterpretationId"/>.</summary>
    public const string AddedInterpretationId = "te-utan-triage";

    /// <summary>skane-v4's reading of Stöd och behandling contacts that replace a visit, which the fixture drops.</summary>
    public const string DroppedInterpretationId = "sob-ersatter-besok";

    private const string AddedTeNote = $$"""{"kind": "interpretation", "text": "{{AddedTeText}}", "id": "{{AddedInterpretationId}}"}""";

    private const string AddedTeInterpretation = $$"""
        {"id": "{{AddedInterpretationId}}", "kind": "interpretation",
         "quotes": [{"document": "skane-v4", "section": "§1.7.4", "text": "TE är inte obligatoriskt att registrera för verksamheten."}],
         "reading": "TE registreras utan Triage före annat besök, även när samtalet leder till besök samma dag på samma enhet."}
        """;

    /// <summary>The fixture's file; <paramref name="renameOnly"/> keeps skane-v4's rules unchanged (new id only).</summary>
    public static JsonObject Json(bool renameOnly = false)
    {
        var set = ShippedJson("skane-v4");
        set["id"] = Id;
        set["version"] = "5.0";
        set["title"] = "Registreringsanvisningar distanskontakter i Region Skåne, version 5.0 (testfil)";
        set["validFrom"] = "2027-01-01";
        set.Remove("validTo");
        set["supersedes"] = "skane-v4";
        if (!renameOnly)
        {
            Rule(set, "v4-pasis-vs")["decide"]!["registration"] = "register";
            Rule(set, "v4-sob-ersatter-besok").Remove("notes");
            var register = set["interpretations"]!.AsArray();
            register.Remove(register.Single(i => (string?)i!["id"] == DroppedInterpretationId));
            Rule(set, "v4-pasis-te")["notes"]!.AsArray().Add(JsonNode.Parse(AddedTeNote));
            register.Add(JsonNode.Parse(AddedTeInterpretation));
            Rule(set, "v4-pmo-video-ej-ersatter")["decide"]!["name"] = NewPmoName;
        }

        foreach (var rule in set["rules"]!.AsArray())
        {
            rule!["id"] = ((string)rule["id"]!).Replace("v4-", "v5-", StringComparison.Ordinal);
        }

        return set;
    }

    public static RuleSet Parse(bool renameOnly = false) => RuleSetParser.Parse(Json(renameOnly).ToJsonString(), Id + ".json");

    /// <summary>The shipped sets plus the fixture.</summary>
    public static RuleSetCatalog Catalog(bool renameOnly = false) =>
        new([.. RuleSetCatalog.LoadEmbeddedFiles(), Parse(renameOnly)]);

    private static JsonObject ShippedJson(string id)
    {
        return JsonNode.Parse(RuleSetCatalog.EmbeddedFileText(id) ?? throw new InvalidOperationException($"rulesets/{id}.json saknas."))!.AsObject();
    }

    private static JsonObject Rule(JsonObject set, string id) =>
        set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);
}
