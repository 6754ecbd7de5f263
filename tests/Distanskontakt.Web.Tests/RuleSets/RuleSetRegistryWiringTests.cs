using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.RuleSets;

/// <summary>The app's engine reads the registry: a set activated through the administration is used at once.</summary>
public sealed class RuleSetRegistryWiringTests
{
    [Fact]
    public async Task ShouldDecideWithASetActivatedThroughTheAdministration()
    {
        await using var app = new ApiFactory { Time = Clocks.At(2027, 1, 15) };
        using var client = app.CreateClient();
        var administration = app.Services.GetRequiredService<IRuleSetAdministration>();
        var engine = app.Services.GetRequiredService<DecisionEngine>();
        Assert.Same(app.Services.GetRequiredService<IRuleSetSource>(), administration);
        var cancel = TestContext.Current.CancellationToken;

        var uploaded = await administration.UploadAsync("skane-v5.json", V5(), "anna.admin", cancel);
        var activation = await administration.ActivateAsync(uploaded.Accepted!.Id, "anna.admin", cancel);

        Assert.True(activation.Activated, string.Join("; ", activation.Problems));
        var outcome = engine.Decide(new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().On(2027, 1, 4).Build()).Outcome;
        Assert.Equal("skane-v5", outcome?.RuleSet.Id);
    }

    /// <summary>skane-v4's rules as skane-v5 from 2027-01-01, superseding skane-v4.</summary>
    internal static string V5() => SkaneV5Fixture.Json(renameOnly: true).ToJsonString();
}
