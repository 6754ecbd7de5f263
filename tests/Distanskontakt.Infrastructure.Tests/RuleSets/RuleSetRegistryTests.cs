using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.RuleSetFiles;
using Distanskontakt.TestUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Infrastructure.Tests.RuleSets;

/// <summary>Uploaded rule-set files on a real, migrated SQLite file: upload, audit, activation, quarantine, convergence.</summary>
public sealed class RuleSetRegistryTests : IDisposable
{
    private const string Admin = "anna.admin";

    // Inside skane-v4, before skane-v5 starts.
    private readonly SqliteLogDatabase _database = new(Clocks.At(2026, 11, 24));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldStoreAnAcceptedUploadWithItsHashWithoutPuttingItInForce()
    {
        var registry = Registry();

        var result = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);

        Assert.True(result.IsAccepted, string.Join("; ", result.Problems));
        Assert.Equal(RuleSetFileHash.Of(RuleSetFixtures.V5Text()), result.Sha256);
        var file = Assert.Single(await registry.ListAsync(Cancel));
        Assert.Equal(("skane-v5", "skane-v4", RuleSetFileState.Uploaded, Admin), (file.SetId, file.Supersedes, file.State, file.UploadedBy));
        Assert.Equal(RuleSetFixtures.V5Start, file.ValidFrom);
        Assert.Equal(result.Sha256, file.Sha256);
        Assert.DoesNotContain(registry.Current.All, s => s.Id == "skane-v5");
        var audit = Assert.Single(await registry.AuditTrailAsync(10, Cancel));
        Assert.Equal((RuleSetAuditActions.Upload, Admin, "skane-v5.json", result.Sha256, "skane-v5"),
            (audit.Action, audit.User, audit.FileName, audit.Sha256, audit.SetId));
    }

    [Fact]
    public async Task ShouldRefuseABrokenFileNamingTheRuleAndAuditTheRefusalWithItsHash()
    {
        var registry = Registry();
        var set = RuleSetFixtures.V5();
        RuleSetFixtures.Rule(set, "v5-pasis-vk")["when"]!["channel"] = "fax";

        var result = await registry.UploadAsync("skane-v5.json", set.ToJsonString(), Admin, Cancel);

        Assert.False(result.IsAccepted);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("(v5-pasis-vk).when.channel: otillåtet värde \"fax\"", problem, StringComparison.Ordinal);
        Assert.Empty(await registry.ListAsync(Cancel));
        var audit = Assert.Single(await registry.AuditTrailAsync(10, Cancel));
        Assert.Equal((RuleSetAuditActions.Refuse, RuleSetFileHash.Of(set.ToJsonString())), (audit.Action, audit.Sha256));
        Assert.Contains("v5-pasis-vk", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseAPersonnummerWithoutStoringOrAuditingIt()
    {
        var registry = Registry();
        var set = RuleSetFixtures.V5();
        RuleSetFixtures.Rule(set, "v5-pasis-vk")["notes"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["kind"] = "info", ["text"] = "Exempel: 19121212-1212" });

        var result = await registry.UploadAsync("19121212-1212.json", set.ToJsonString(), Admin, Cancel);

        Assert.False(result.IsAccepted);
        Assert.Equal(2, result.Problems.Count);
        var audit = Assert.Single(await registry.AuditTrailAsync(10, Cancel));
        Assert.DoesNotContain("1212", audit.FileName + audit.Detail, StringComparison.Ordinal);
        Assert.All(result.Problems, p => Assert.DoesNotContain("1212", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldRefuseTheSameFileTwice()
    {
        var registry = Registry();
        await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);

        var again = await registry.UploadAsync("kopia.json", RuleSetFixtures.V5Text(), "bo.admin", Cancel);

        Assert.False(again.IsAccepted);
        Assert.StartsWith("filen finns redan", Assert.Single(again.Problems), StringComparison.Ordinal);
        Assert.Single(await registry.ListAsync(Cancel));
        var audit = await registry.AuditTrailAsync(10, Cancel);
        Assert.Equal([RuleSetAuditActions.Refuse, RuleSetAuditActions.Upload], audit.Select(a => a.Action));
        Assert.Equal(again.Sha256, audit[0].Sha256);
    }

    [Fact]
    public async Task ShouldRefuseAShippedSetUploadedAgainUnderItsOwnId()
    {
        var result = await Registry().UploadAsync("skane-v4.json", RuleSetFixtures.ShippedText("skane-v4"), Admin, Cancel);

        Assert.False(result.IsAccepted);
        Assert.StartsWith("id 'skane-v4' är en levererad regeluppsättning", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldPreviewTheCandidateAgainstTheSetItReplaces()
    {
        var registry = Registry();
        var superseding = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);

        var preview = await registry.PreviewAsync(superseding.Accepted!.Id, Cancel);

        Assert.NotNull(preview);
        Assert.Equal("skane-v5", preview.Candidate.Id);
        Assert.Equal("skane-v4", preview.ReplacesId);
        Assert.Contains(preview.Candidate, preview.Catalog.All);
        Assert.DoesNotContain(registry.Current.All, s => s.Id == "skane-v5");
        var diff = RuleSetDiff.Compare(preview.Catalog, preview.ReplacesId!, preview.Candidate.Id);
        Assert.Equal(21, diff.Changes.Count);
        Assert.Null(await registry.PreviewAsync(Guid.NewGuid(), Cancel));
    }

    [Fact]
    public async Task ShouldPreviewASuccessorWithoutSupersedesAgainstTheSetInForceTheDayBefore()
    {
        var registry = Registry();
        var successor = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(supersedes: false), Admin, Cancel);

        var preview = await registry.PreviewAsync(successor.Accepted!.Id, Cancel);

        Assert.Equal("skane-v4", preview!.ReplacesId);
    }

    [Fact]
    public async Task ShouldDecideWithTheActivatedSetFromItsValidFromOn()
    {
        var clock = Clocks.At(2027, 1, 15);
        var registry = Registry(clock);
        var engine = new DecisionEngine(registry, clock);
        var uploaded = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);

        var activation = await registry.ActivateAsync(uploaded.Accepted!.Id, Admin, Cancel);

        Assert.True(activation.Activated, string.Join("; ", activation.Problems));
        var videoStand = new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit();
        var onV5 = engine.Decide(videoStand.On(2027, 1, 1).Build()).Outcome!;
        var beforeV5 = engine.Decide(videoStand.On(2026, 12, 31).Build()).Outcome!;
        Assert.Equal(("skane-v5", RegistrationKind.Register), (onV5.RuleSet.Id, onV5.Registration));
        Assert.Equal(("skane-v4", RegistrationKind.Optional), (beforeV5.RuleSet.Id, beforeV5.Registration));
        var file = Assert.Single(await registry.ListAsync(Cancel));
        Assert.Equal((RuleSetFileState.Active, Admin), (file.State, file.ActivatedBy));
        Assert.Equal(RuleSetAuditActions.Activate, (await registry.AuditTrailAsync(1, Cancel))[0].Action);
        Assert.Equal(["filen är redan aktiverad"], (await registry.ActivateAsync(file.Id, Admin, Cancel)).Problems);
    }

    [Fact]
    public async Task ShouldShowAnActivatedSetAsScheduledUntilItsValidFrom()
    {
        var registry = Registry();
        var uploaded = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);
        await registry.ActivateAsync(uploaded.Accepted!.Id, Admin, Cancel);

        var listing = new DecisionEngine(registry, _database.Time).ListRuleSets();

        Assert.Equal(RuleSetStatus.Scheduled, listing.Single(s => s.Id == "skane-v5").Status);
        Assert.Equal(RuleSetStatus.InForce, listing.Single(s => s.Id == "skane-v4").Status);
    }

    [Fact]
    public async Task ShouldRefuseToActivateASetThatNoLongerFitsTheCatalogInForce()
    {
        var registry = Registry();
        var first = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);
        var rival = RuleSetFixtures.V5();
        rival["id"] = "skane-v5b";
        var second = await registry.UploadAsync("skane-v5b.json", rival.ToJsonString(), Admin, Cancel);
        await registry.ActivateAsync(first.Accepted!.Id, Admin, Cancel);

        var activation = await registry.ActivateAsync(second.Accepted!.Id, Admin, Cancel);

        Assert.False(activation.Activated);
        Assert.Contains(activation.Problems, p => p.Contains("skane-v5 och skane-v5b gäller samtidigt", StringComparison.Ordinal));
        Assert.Equal(RuleSetAuditActions.Refuse, (await registry.AuditTrailAsync(1, Cancel))[0].Action);
        Assert.DoesNotContain(registry.Current.All, s => s.Id == "skane-v5b");
    }

    [Fact]
    public async Task ShouldQuarantineATamperedFileOnRefreshAndKeepAnswering()
    {
        var registry = Registry();
        var uploaded = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);
        await registry.ActivateAsync(uploaded.Accepted!.Id, Admin, Cancel);
        Assert.Contains(registry.Current.All, s => s.Id == "skane-v5");
        await using (var db = await _database.Factory.CreateDbContextAsync(Cancel))
        {
            await db.RuleSetFiles.ExecuteUpdateAsync(
                s => s.SetProperty(f => f.Content, f => f.Content.Replace("Videosamtal", "Videosamtal (ändrad)")), Cancel);
        }

        await registry.RefreshAsync(Cancel);

        Assert.DoesNotContain(registry.Current.All, s => s.Id == "skane-v5");
        Assert.Equal(["skane-1177d", "skane-v3", "skane-v4"], registry.Current.All.Select(s => s.Id).Order());
        var file = Assert.Single(await registry.ListAsync(Cancel));
        Assert.Equal(RuleSetFileState.Quarantined, file.State);
        Assert.Contains("SHA-256", file.QuarantineReason, StringComparison.Ordinal);
        var audit = (await registry.AuditTrailAsync(1, Cancel))[0];
        Assert.Equal((RuleSetAuditActions.Quarantine, RuleSetAuditActions.SystemUser, uploaded.Sha256), (audit.Action, audit.User, audit.Sha256));
        var decided = new DecisionEngine(registry, _database.Time).Decide(new AnswersBuilder().Pmo().Phone().Ordinary().ReplacingVisit().Build());
        Assert.Equal("skane-v4", decided.Outcome?.RuleSet.Id ?? decided.RuleSet.Id);
    }

    [Fact]
    public async Task ShouldQuarantineAStoredFileThatANewReleaseNoLongerAdmits()
    {
        var registry = Registry();
        var uploaded = await registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);
        await registry.ActivateAsync(uploaded.Accepted!.Id, Admin, Cancel);
        // The next release ships its own skane-v5: the uploaded one may not stand beside it.
        var shippedV5 = RuleSetParser.Parse(RuleSetFixtures.V5Text(), "skane-v5.json");
        var release = new RuleSetCatalog([.. RuleSetCatalog.LoadEmbeddedFiles(), shippedV5]);
        var next = Registry(shipped: release);

        await next.RefreshAsync(Cancel);

        Assert.Same(release, next.Current);
        var file = Assert.Single(await next.ListAsync(Cancel));
        Assert.Equal(RuleSetFileState.Quarantined, file.State);
        Assert.Contains("id 'skane-v5' förekommer i flera filer", file.QuarantineReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldConvergeTwoInstancesOnOneDatabaseAfterRefresh()
    {
        var first = Registry();
        var second = Registry();
        await second.RefreshAsync(Cancel);
        var uploaded = await first.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), Admin, Cancel);
        await first.ActivateAsync(uploaded.Accepted!.Id, Admin, Cancel);
        Assert.DoesNotContain(second.Current.All, s => s.Id == "skane-v5");

        await second.RefreshAsync(Cancel);

        Assert.Contains(second.Current.All, s => s.Id == "skane-v5");
        Assert.Equal(first.ActiveHashes, second.ActiveHashes);
        Assert.Equal(first.Current.All.Select(s => s.Id).Order(), second.Current.All.Select(s => s.Id).Order());
        var unchanged = second.Current;
        await second.RefreshAsync(Cancel);
        Assert.Same(unchanged, second.Current);
    }

    public void Dispose() => _database.Dispose();

    private RuleSetRegistry Registry(FakeTimeProvider? clock = null, RuleSetCatalog? shipped = null) => new(
        new ShippedRuleSets(shipped ?? Clocks.Catalog),
        _database.Factory,
        clock ?? _database.Time,
        NullLogger<RuleSetRegistry>.Instance);
}
