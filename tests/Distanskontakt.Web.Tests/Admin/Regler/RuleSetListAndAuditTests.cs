using Bunit;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Web.Components.Pages.Admin.Regler;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>The list on <c>/admin/regler</c> and the audit trail on <c>/admin/regler/logg</c>.</summary>
public sealed class RuleSetListAndAuditTests : RuleSetPagesTestContext
{
    [Fact]
    public void ShouldListTheShippedSetsWithTheirStatusAndTheUploadedFiles()
    {
        var v5 = RuleSetFixtures.V5();
        var file = RuleSetFixtures.FileOf(v5, Guid.NewGuid());
        Administration.Add(RuleSetFixtures.PreviewOf(v5, file));

        var cut = RenderPage<Components.Pages.Admin.Regler.Regler>();

        Assert.Equal("Gäller", cut.Find("tr[data-set='skane-v4'] .status").TextContent);
        Assert.Equal("Ersatt", cut.Find("tr[data-set='skane-v3'] .status").TextContent);
        Assert.Contains("Levererad med appen", cut.Find("tr[data-set='skane-v4']").TextContent, StringComparison.Ordinal);
        var row = cut.Find($"tr[data-file='{file.Id}']");
        Assert.Contains("skane-v5 5.0", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Uppladdad, inte aktiverad", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(RuleSetFixtures.V5Sha256[..12], row.QuerySelector(".hash")!.TextContent);
        Assert.Contains("demo:admin, 2026-05-30 08:15 UTC", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"admin/regler/{file.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void ShouldShowAQuarantinedFileWithItsReason()
    {
        var v5 = RuleSetFixtures.V5();
        var file = RuleSetFixtures.FileOf(v5, Guid.NewGuid(), RuleSetFileState.Quarantined);
        Administration.Add(RuleSetFixtures.PreviewOf(v5, file));

        var cut = RenderPage<Components.Pages.Admin.Regler.Regler>();

        var row = cut.Find($"tr[data-file='{file.Id}']");
        Assert.Contains("I karantän", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Krockar med skane-v6", row.QuerySelector(".reason")!.TextContent);
    }

    [Fact]
    public void ShouldRenderTheAuditTrailWithWhoWhenActionFileAndHash()
    {
        Administration.Audit.AddRange(
        [
            new RuleSetAuditEntry(new DateTime(2026, 6, 1, 9, 30, 0, DateTimeKind.Utc), RuleSetAuditActions.Activate, "demo:admin", "skane-v5.json",
                RuleSetFixtures.V5Sha256, "skane-v5", "Schemalagd från 2027-01-01"),
            new RuleSetAuditEntry(new DateTime(2026, 5, 30, 8, 0, 0, DateTimeKind.Utc), RuleSetAuditActions.Refuse, "demo:admin", "trasig.json",
                "ff00", null, "v5-pasis-vs: okänt värde"),
        ]);

        var cut = RenderPage<Andringslogg>();

        var rows = cut.FindAll(".audit-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            ["2026-06-01 09:30 UTC", "demo:admin", "Aktiverad", "skane-v5.json", "skane-v5", RuleSetFixtures.V5Sha256, "Schemalagd från 2027-01-01"],
            rows[0].QuerySelectorAll("td").Select(cell => cell.TextContent));
        Assert.Equal(["Avvisad", "trasig.json", "–"], rows[1].QuerySelectorAll("td").Skip(2).Take(3).Select(cell => cell.TextContent));
    }

    [Fact]
    public void ShouldSayWhenTheAuditTrailIsEmpty()
    {
        var cut = RenderPage<Andringslogg>();

        Assert.Contains("Ingenting har loggats än.", cut.Markup, StringComparison.Ordinal);
    }
}
