using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Situations;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Search;
using Distanskontakt.Web.Logging;
using Serilog.Core;

namespace Distanskontakt.Web.Api.Situations;

public static class SituationServices
{
    /// <summary>
    /// The situation search (one in-memory index of the shipped example files) and the log redaction that keeps a
    /// personnummer typed into a query out of every log sink.
    /// </summary>
    public static IServiceCollection AddSearchServices(this IServiceCollection services)
    {
        services.AddSingleton(_ => SituationExampleCatalog.LoadEmbedded());
        services.AddSingleton(sp => new SituationIndex(
            sp.GetRequiredService<SituationExampleCatalog>().All, sp.GetRequiredService<SourceTextCatalog>()));
        services.AddSingleton(sp => new SituationSearch(sp.GetRequiredService<SituationIndex>(), sp.GetRequiredService<DecisionEngine>()));
        services.AddSingleton<ILogEventEnricher, PersonnummerRedaction>();
        return services;
    }
}
