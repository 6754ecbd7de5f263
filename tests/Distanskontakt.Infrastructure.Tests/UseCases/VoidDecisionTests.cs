using Distanskontakt.Domain.Privacy;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary><see cref="VoidDecision"/> on a real SQLite log: the reason's checks, own units only, and a second void changes nothing.</summary>
public sealed class VoidDecisionTests : IDisposable
{
    private readonly UseCaseDatabase _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ShouldVoidOnceAndSayAlreadyVoidedTheSecondTimeKeepingTheFirstReason()
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());

        var first = await VoidAsync(entry.Id, "  Fel enhet vald ");
        var second = await VoidAsync(entry.Id, "Ett annat skäl");

        Assert.Equal(VoidDecisionStatus.Voided, first.Status);
        Assert.Equal(VoidDecisionStatus.AlreadyVoided, second.Status);
        await using var db = _host.Database.Factory.CreateDbContext();
        var voided = await db.DecisionVoids.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Fel enhet vald", voided.Reason);
        Assert.Equal(entry.Id, voided.RegistrationId);
        var read = await _host.Review.FindAsync(entry.Id, [UseCaseDatabase.UnitA], TestContext.Current.CancellationToken);
        Assert.Equal("Fel enhet vald", read!.Void!.Reason);
        Assert.Single(await db.LoggedDecisions.ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(null, "Ange varför beslutet makuleras.")]
    [InlineData("   ", "Ange varför beslutet makuleras.")]
    [InlineData("Gällde patient 19121212-1212", PersonnummerDetector.RefusalMessage)]
    public async Task ShouldRefuseAMissingReasonOrOneWithAPersonnummer(string? reason, string message)
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());

        var result = await VoidAsync(entry.Id, reason);

        Assert.Equal(VoidDecisionStatus.Refused, result.Status);
        Assert.Equal(message, result.Problem);
        await AssertNoVoidAsync();
    }

    [Fact]
    public async Task ShouldRefuseAReasonOver200Characters()
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());

        var result = await VoidAsync(entry.Id, new string('x', 201));

        Assert.Equal("Skälet får vara högst 200 tecken.", result.Problem);
        await AssertNoVoidAsync();
        Assert.Equal(VoidDecisionStatus.Voided, (await VoidAsync(entry.Id, new string('x', 200))).Status);
    }

    [Fact]
    public async Task ShouldNotFindARowOfAnotherUnit()
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing(), UseCaseDatabase.UnitB);

        var result = await VoidAsync(entry.Id, "Fel enhet vald");

        Assert.Equal(VoidDecisionStatus.NotFound, result.Status);
        Assert.Equal("Beslutet finns inte bland dina enheters beslut.", result.Problem);
        await AssertNoVoidAsync();
    }

    private Task<VoidDecisionResult> VoidAsync(Guid id, string? reason) =>
        _host.VoidDecision.VoidAsync(new VoidDecisionCommand(id, reason, SqliteLogDatabase.HashB, [UseCaseDatabase.UnitA]), TestContext.Current.CancellationToken);

    private async Task AssertNoVoidAsync()
    {
        await using var db = _host.Database.Factory.CreateDbContext();
        Assert.Empty(await db.DecisionVoids.ToListAsync(TestContext.Current.CancellationToken));
    }
}
