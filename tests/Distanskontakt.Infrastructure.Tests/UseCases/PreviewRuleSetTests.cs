using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.Tests.RuleSets;
using Distanskontakt.Infrastructure.UseCases.RuleSets;
using Distanskontakt.TestUtilities;
using Microsoft.Extensions.Logging.Abstractions;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary>
/// <see cref="PreviewRuleSet"/> over the real registry on a migrated SQLite file: the skane-v5 fixture uploaded before
/// its validFrom, previewed against skane-v4 (the hand-counted changed paths), and its catalog status once activated.
/// </summary>
public sealed class PreviewRuleSetTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new(Clocks.At(2026, 11, 24));
    private readonly RuleSetRegistry _registry;
    private readonly PreviewRuleSet _previews;

    public PreviewRuleSetTests()
    {
        _registry = new RuleSetRegistry(new ShippedRuleSets(Clocks.Catalog), _database.Factory, _database.Time, NullLogger<RuleSetRegistry>.Instance);
        _previews = new PreviewRuleSet(_registry, new DecisionEngine(_registry, _database.Time));
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ShouldPreviewSkaneV5AgainstSkaneV4WithBothSetsAndTheChangedPaths()
    {
        var id = await UploadV5Async();

        var result = await _previews.PreviewAsync(new PreviewRuleSetQuery(id), Cancel);

        Assert.Equal(RuleSetPreviewStatus.Found, result.Status);
        Assert.Null(result.Problem);
        Assert.Equal("skane-v4", result.OldSet!.Id);
        Assert.Equal(SkaneV5Fixture.Id, result.NewSet!.Id);
        Assert.Equal(("skane-v4", SkaneV5Fixture.Id), (result.Diff!.OldId, result.Diff.NewId));
        Assert.Equal(
            new HashSet<string>([.. SkaneV5ChangedPaths.Vs, .. SkaneV5ChangedPaths.Te, .. SkaneV5ChangedPaths.PmoVideo, .. SkaneV5ChangedPaths.SobReplacing]),
            result.Diff.Changes.Select(c => c.Path).ToHashSet());
        Assert.Equal(SkaneV5ChangedPaths.Vs.ToHashSet(), result.Diff.ByKind[RuleSetChangeKind.Registration].Select(c => c.Path).ToHashSet());
        Assert.Null(_previews.CatalogStatus(result.Preview!));
        Assert.Null(_previews.Insights);
    }

    [Fact]
    public async Task ShouldNotCompareWhenNotAskedAndSayScheduledOnceActivated()
    {
        var id = await UploadV5Async();
        Assert.True((await _registry.ActivateAsync(id, "anna.admin", Cancel)).Activated);

        var result = await _previews.PreviewAsync(new PreviewRuleSetQuery(id, Compare: false), Cancel);

        Assert.Null(result.Diff);
        Assert.Null(result.Problem);
        Assert.Equal("skane-v4", result.OldSet!.Id);
        Assert.Equal(RuleSetStatus.Scheduled, _previews.CatalogStatus(result.Preview!));
    }

    [Fact]
    public async Task ShouldSayThereIsNothingToCompareForASetThatReplacesNone()
    {
        var set = RuleSetFixtures.V5(supersedes: false);
        set["region"] = "halland";
        var uploaded = await _registry.UploadAsync("halland.json", set.ToJsonString(), "anna.admin", Cancel);
        Assert.True(uploaded.IsAccepted, string.Join("; ", uploaded.Problems));

        var result = await _previews.PreviewAsync(new PreviewRuleSetQuery(uploaded.Accepted!.Id), Cancel);

        Assert.Equal(RuleSetPreviewStatus.Found, result.Status);
        Assert.Null(result.OldSet);
        Assert.Null(result.Diff);
        Assert.Equal("Filen ersätter ingen regeluppsättning i regionen, så det finns inget att jämföra med.", result.Problem);
    }

    [Fact]
    public async Task ShouldSayNotFoundForAnUnknownFile() =>
        Assert.Equal(RuleSetPreviewStatus.NotFound, (await _previews.PreviewAsync(new PreviewRuleSetQuery(Guid.NewGuid()), Cancel)).Status);

    private async Task<Guid> UploadV5Async()
    {
        var uploaded = await _registry.UploadAsync("skane-v5.json", RuleSetFixtures.V5Text(), "anna.admin", Cancel);
        Assert.True(uploaded.IsAccepted, string.Join("; ", uploaded.Problems));
        return uploaded.Accepted!.Id;
    }
}
