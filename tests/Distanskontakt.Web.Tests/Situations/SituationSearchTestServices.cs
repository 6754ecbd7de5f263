using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Situations;

/// <summary>The wizard's situation search for bUnit contexts: one index of the shipped examples, the context's engine.</summary>
public static class SituationSearchTestServices
{
    private static readonly Lazy<SituationIndex> _index = new(() =>
        new SituationIndex(SituationExampleCatalog.LoadEmbedded().All, SourceTextCatalog.LoadEmbedded()));

    public static IServiceCollection AddSituationSearch(this IServiceCollection services, DecisionEngine engine) =>
        services.AddSingleton(new SituationSearch(_index.Value, engine));
}
