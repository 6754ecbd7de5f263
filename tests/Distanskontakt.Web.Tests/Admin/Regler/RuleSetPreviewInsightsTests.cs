using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.UseCases.RuleSets;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Admin.Regler;
using Distanskontakt.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// The preview's insights as the app wires them: the skane-v5 fixture uploaded through the real registry (SQLite),
/// decisions logged through the real log, impact and stale scenarios read through <see cref="IRuleSetPreviewInsights"/>.
/// </summary>
public sealed class RuleSetPreviewInsightsTests
{
    [Fact]
    public async Task ShouldCountLoggedDecisionsThatV5WouldChangeAndListTheStaleShippedScenarios()
    {
        await using var app = new ApiFactory { Time = Clocks.At(2026, 11, 24) };
        using var client = app.CreateClient(); // starts the host: migrations, registry
        var cancel = TestContext.Current.CancellationToken;
        var administration = app.Services.GetRequiredService<IRuleSetAdministration>();
        var engine = app.Services.GetRequiredService<DecisionEngine>();
        var log = app.Services.GetRequiredService<RegistrationLog>();

        // Hand count: PASiS video not replacing a visit is VS "Video stand" (v5 makes it mandatory) — 2 rows;
        // PASiS phone not replacing is TE (v5 adds an interpretation note) — 1 row;
        // PMO phone replacing is "Telefonkontakt som ersätter besök" (unchanged) — 1 row.
        var rows = new[]
        {
            new AnswersBuilder().Pasis().Video().Ordinary().LeadsToVisitSameDay(false).NotReplacingVisit().On(2026, 11, 2).Build(),
            new AnswersBuilder().Pasis().Video().Ordinary().LeadsToVisitSameDay(false).NotReplacingVisit().On(2026, 10, 5).Build(),
            new AnswersBuilder().Pasis().Phone().Ordinary().LeadsToVisitSameDay(false).NotReplacingVisit().On(2026, 11, 3).Build(),
            new AnswersBuilder().Pmo().Phone().Ordinary().LeadsToVisitSameDay(false).ReplacingVisit().On(2026, 11, 4).Build(),
        };
        foreach (var answers in rows)
        {
            var decision = engine.Decide(answers);
            Assert.True(decision.Complete, string.Join(", ", decision.Missing));
            await log.AppendAsync(new RegistrationDraft(decision, answers, "HUD-SUS-LUND", "Personal", new string('a', 64)), cancel);
        }

        var uploaded = await administration.UploadAsync("skane-v5.json", SkaneV5Fixture.Json().ToJsonString(), "demo:admin", cancel);
        Assert.True(uploaded.IsAccepted, string.Join("; ", uploaded.Problems));
        var preview = await administration.PreviewAsync(uploaded.Accepted!.Id, cancel);
        Assert.Equal("skane-v4", preview!.ReplacesId);
        var insights = app.Services.GetRequiredService<IRuleSetPreviewInsights>();

        var diff = RuleSetDiff.Compare(preview.Catalog, preview.ReplacesId!, preview.Candidate.Id);

        var impact = await insights.ImpactAsync(preview, diff, 6, cancel);
        var stale = await insights.StaleScenariosAsync(preview, diff, cancel);

        Assert.Equal(4, impact.DecisionsChecked);
        Assert.Equal(3, impact.WouldChange);
        Assert.Equal(new DateOnly(2026, 5, 24), impact.From);
        var vs = Assert.Single(impact.ByContactType, t => t.ContactType == "VS");
        Assert.Equal((2, 2), (vs.Decisions, vs.WouldChange));
        // 8 PMO video and 5 VS scenarios (the notes that v5 changes are not part of a teaching expectation).
        Assert.Equal(13, stale.Count);
        Assert.Contains(stale, s => s.Id == "r2-v4-pmo-video-sob-triage");
        Assert.DoesNotContain(stale, s => s.Id == "v4-pasis-te-recept-triage");
        Assert.All(stale, s => Assert.NotEqual(s.Expected, s.UnderNewSet));
    }
}
