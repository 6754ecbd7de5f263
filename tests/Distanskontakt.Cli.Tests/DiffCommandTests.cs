using System.Text.Json.Nodes;
using Distanskontakt.Cli;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Cli.Tests;

/// <summary>
/// The skane-v5 fixture of issue 8 (TestUtilities/SkaneV5Fixture): VS becomes mandatory, PMO video that does not
/// replace a visit gets a new contact type, the interpretation on Stöd och behandling contacts that replace a visit is
/// dropped and TE gets a new one. Expected paths counted by hand from the rules of skane-v4 and skane-1177d.
/// </summary>
public class DiffCommandTests
{
    private const string NewPmoName = SkaneV5Fixture.NewPmoName;

    [Fact]
    public void Diff_of_skane_v4_and_v5_lists_exactly_the_changed_paths()
    {
        var diff = RuleSetDiff.Compare(CatalogWithV5(), "skane-v4", "skane-v5");

        Assert.Equal(new DateOnly(2025, 1, 1), diff.OldDate);
        Assert.Equal(new DateOnly(2027, 1, 1), diff.NewDate);
        Assert.Equal(
            [.. SkaneV5ChangedPaths.Vs, .. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.PmoVideo, .. SkaneV5ChangedPaths.SobReplacing],
            diff.Changes.Select(c => c.Path).ToHashSet());
        Assert.Equal(21, diff.Changes.Count);
        Assert.Equal(Paths(SkaneV5ChangedPaths.Vs), Paths(diff.ByKind[RuleSetChangeKind.Registration]));
        Assert.Equal(Paths(SkaneV5ChangedPaths.PmoVideo), Paths(diff.ByKind[RuleSetChangeKind.ContactType]));
        // Via 1177 direkt the overlay's interpretation note quotes the chosen name, so it changes with it; TE gains
        // a note and the Stöd och behandling contacts that replace a visit lose one.
        Assert.Equal(Paths([.. SkaneV5ChangedPaths.PmoVideoVia1177, .. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.SobReplacing]), Paths(diff.ByKind[RuleSetChangeKind.Notes]));
        Assert.Empty(diff.ByKind[RuleSetChangeKind.ObligationAdded]);
        Assert.Empty(diff.ByKind[RuleSetChangeKind.ObligationRemoved]);
        Assert.Empty(diff.ByKind[RuleSetChangeKind.ObligationLevel]);

        var vs = diff.Changes.Single(c => c.Path == SkaneV5ChangedPaths.Vs[0]);
        Assert.Equal(("optional", "register"), (vs.Old.Registration, vs.New.Registration));
        Assert.Equal(("VS", "VS"), (vs.Old.ContactTypeCode, vs.New.ContactTypeCode));
        var te = diff.Changes.Single(c => c.Path == SkaneV5ChangedPaths.Te[0]);
        Assert.Equal(["notes"], te.Kinds);
        Assert.Contains($"interpretation: {SkaneV5Fixture.AddedTeText}", te.New.Notes);
        Assert.DoesNotContain($"interpretation: {SkaneV5Fixture.AddedTeText}", te.Old.Notes);
        var pmo = diff.Changes.Single(c => c.Path == SkaneV5ChangedPaths.PmoVideoWithout1177[0]);
        Assert.Equal(("Video som inte ersätter besök", NewPmoName), (pmo.Old.ContactTypeName, pmo.New.ContactTypeName));
    }

    [Fact]
    public void A_set_against_itself_has_no_changes()
    {
        var diff = RuleSetDiff.Compare(CatalogWithV5(renameOnly: true), "skane-v4", "skane-v5");

        Assert.Empty(diff.Changes);
        Assert.True(diff.PathsCompared > 0);
    }

    [Fact]
    public void Json_output_groups_the_changes_with_a_count_per_kind()
    {
        var (code, output) = CliFixtures.Run("diff", "skane-v4", CliFixtures.Write(V5()), "--json");

        Assert.Equal(CliApp.Ok, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("skane-v4", (string?)json["oldId"]);
        Assert.Equal("skane-v5", (string?)json["newId"]);
        Assert.Equal("2027-01-01", (string?)json["newDate"]);
        Assert.Equal(21, (int)json["pathsChanged"]!);
        var counts = json["counts"]!.AsObject();
        Assert.Equal(RuleSetChangeKind.All, counts.Select(p => p.Key));
        Assert.Equal([8, 2, 0, 0, 0, 15], counts.Select(p => (int)p.Value!));
        var groups = json["groups"]!.AsObject();
        Assert.Equal(RuleSetChangeKind.All, groups.Select(p => p.Key));
        var registration = groups[RuleSetChangeKind.Registration]!.AsArray();
        Assert.Equal(2, registration.Count);
        var first = registration[0]!.AsObject();
        Assert.Equal(SkaneV5ChangedPaths.Vs[0], (string?)first["path"]);
        Assert.Equal(["registration"], first["kinds"]!.AsArray().Select(k => (string)k!));
        Assert.Equal("optional", (string?)first["old"]!["registration"]);
        Assert.Equal("register", (string?)first["new"]!["registration"]);
        Assert.Equal("VS", (string?)first["new"]!["contactTypeCode"]);
        Assert.Equal("Video stand", (string?)first["new"]!["contactTypeName"]);
        Assert.NotNull(first["new"]!["obligations"]!.AsArray());
        Assert.NotNull(first["new"]!["notes"]!.AsArray());
    }

    [Fact]
    public void Readable_output_lists_counts_and_both_sides()
    {
        var (code, output) = CliFixtures.Run("diff", CliFixtures.Shipped("skane-v4"), CliFixtures.Write(V5()));

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("skane-v4 (2025-01-01) → skane-v5 (2027-01-01)", output, StringComparison.Ordinal);
        Assert.Contains("ändrade / changed: 21", output, StringComparison.Ordinal);
        Assert.Contains("  registration: 2", output, StringComparison.Ordinal);
        Assert.Contains("== contactType (8) ==", output, StringComparison.Ordinal);
        Assert.Contains("före / old: optional | VS Video stand", output, StringComparison.Ordinal);
        Assert.Contains("efter / new: register | VS Video stand", output, StringComparison.Ordinal);
        Assert.DoesNotContain("== obligationLevel", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_is_refused()
    {
        var (code, output) = CliFixtures.Run("diff", "skane-v4", "skane-v9");

        Assert.Equal(CliApp.Refused, code);
        Assert.Contains("skane-v9", output, StringComparison.Ordinal);
    }

    private static JsonObject V5(bool renameOnly = false) => SkaneV5Fixture.Json(renameOnly);

    private static RuleSetCatalog CatalogWithV5(bool renameOnly = false) => SkaneV5Fixture.Catalog(renameOnly);

    private static HashSet<string> Paths(IEnumerable<string> paths) => [.. paths];

    private static HashSet<string> Paths(IEnumerable<RuleSetPathChange> changes) => [.. changes.Select(c => c.Path)];
}
