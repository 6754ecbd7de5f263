using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Web.Api;
using Distanskontakt.Web.Api.Halland;
using Distanskontakt.Web.Api.Registrations;
using Distanskontakt.Web.Components;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Diagnostics;
using Distanskontakt.Web.Logging;
using Distanskontakt.Web.Security;
using FluentValidation;
using Serilog;

namespace Distanskontakt.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => LoadVerifiedCatalog());
        services.AddSingleton(sp => new DecisionEngine(
            sp.GetRequiredService<RuleSetCatalog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IConfiguration>()["Rules:Region"] ?? DecisionEngine.DefaultRegion));
        services.AddSingleton(_ => SourceTextCatalog.LoadEmbedded());
        services.AddSingleton<WizardTimings>();
        services.AddDiagnostics();
        services.CacheLoggersPerCategory();
        services.AddSingleton<Components.Pages.Utbildning.TrainingLibrary>();
        services.AddHallandProfile();
        services.AddRegistrationApi();
        services.AddValidatorsFromAssemblyContaining<DecisionRequestValidator>(ServiceLifetime.Singleton);
        services.AddProblemDetails();
        services.AddHealthChecks();
        services.AddOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }

    public static WebApplication UseWebServices(this WebApplication app)
    {
        // Fail at start-up, never at the first request, if a shipped rule set is broken.
        app.Services.GetRequiredService<DecisionEngine>();

        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUnitChoice();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        app.MapDecisionApi();
        app.MapHallandAssessmentApi();
        app.MapRegistrationApi();
        app.MapRegistrationExport();
        app.MapSignIn();
        app.MapDiagnostics();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Loads the shipped rule sets and runs the exhaustive proof; a broken set stops the app.</summary>
    private static RuleSetCatalog LoadVerifiedCatalog()
    {
        var catalog = RuleSetCatalog.LoadEmbedded();
        var report = RuleSetVerifier.Verify(catalog);
        if (!report.IsValid)
        {
            throw new InvalidOperationException("Regeluppsättningarna klarar inte kontrollen: " + string.Join("; ", report.Problems));
        }

        Log.Information("Regeluppsättningar kontrollerade: {Paths} svarsvägar, {Sets} filer", report.PathsChecked, catalog.All.Count);
        return catalog;
    }
}
