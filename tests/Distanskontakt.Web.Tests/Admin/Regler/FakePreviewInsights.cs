using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.UseCases.RuleSets;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>Fixed insights, recording the periods asked for.</summary>
internal sealed class FakePreviewInsights : IRuleSetPreviewInsights
{
    public List<int> MonthsAsked { get; } = [];

    public Task<PreviewImpact> ImpactAsync(RuleSetPreview preview, Distanskontakt.Domain.RuleSets.RuleSetDiffReport diff, int months, CancellationToken cancellationToken = default)
    {
        MonthsAsked.Add(months);
        var to = new DateOnly(2026, 6, 1);
        return Task.FromResult(new PreviewImpact(to.AddMonths(-months), to, 40,
        [
            new ContactTypeImpact("VS Video stand", 12, 5),
            new ContactTypeImpact("Video som inte ersätter besök", 8, 8),
            new ContactTypeImpact("TE Telefon stand", 20, 0),
        ]));
    }

    public Task<IReadOnlyList<StaleScenario>> StaleScenariosAsync(RuleSetPreview preview, Distanskontakt.Domain.RuleSets.RuleSetDiffReport diff, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StaleScenario>>(
            [new StaleScenario("pasis-video-uppfoljning", "Videouppföljning i PASiS", "Frivillig: VS Video stand", "Registreras: VS Video stand")]);
}
