using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.RuleSetFiles;
using Distanskontakt.Web.Api;
using Distanskontakt.Web.Api.Halland;
using Distanskontakt.Web.Api.Registrations;
using Distanskontakt.Web.Api.RuleSets;
using Distanskontakt.Web.Api.Situations;
using Distanskontakt.Web.Components;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Diagnostics;
using Distanskontakt.Web.Logging;
using Distanskontakt.Web.Operations;
using Distanskontakt.Web.RuleSets;
using Distanskontakt.Web.Security;
using FluentValidation;
using Serilog;

namespace Distanskontakt.Web;

public static class DependencyInjection
{
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // The shipped sets, checked once; the registry adds the activated uploaded files and hands out the catalog in force.
        services.AddSingleton(sp => new ShippedRuleSets(LoadVerifiedCatalog(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<RuleSetRegistry>();
        services.AddSingleton<IRuleSetSource>(sp => sp.GetRequiredService<RuleSetRegistry>());
        services.AddSingleton<IRuleSetAdministration>(sp => sp.GetRequiredService<RuleSetRegistry>());
        services.AddSingleton(sp => new DecisionEngine(
            sp.GetRequiredService<IRuleSetSource>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IConfiguration>()["Rules:Region"] ?? DecisionEngine.DefaultRegion));
        services.AddSingleton(SourceTextCatalog.Shipped);
        services.AddSingleton<WizardTimings>();
        services.AddDiagnostics();
        services.CacheLoggersPerCategory();
        services.AddSingleton<Infrastructure.UseCases.RuleSets.IRuleSetPreviewInsights, Infrastructure.UseCases.RuleSets.RuleSetPreviewInsights>();
        services.AddHallandProfile();
        services.AddRegistrationApi();
        services.AddSearchServices();
        services.AddValidatorsFromAssemblyContaining<DecisionRequestValidator>(ServiceLifetime.Singleton);
        services.AddProblemDetails();
        services.AddHealthEndpoints();
        services.AddProductionTransport();
        services.AddRateLimits();
        services.AddOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        return services;
    }

    public static WebApplication UseWebServices(this WebApplication app)
    {
        // Fail at start-up, never at the first request, if a shipped rule set is broken.
        app.Services.GetRequiredService<DecisionEngine>();

        app.UseProductionTransport(app.Environment);
        app.UseSecurityHeaders();
        app.UseMetricsExport(app.Configuration);
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel);
        app.UseExceptionHandler();
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseUnitChoice();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapDecisionApi();
        app.MapRuleSetApi().MapInterpretationApi();
        app.MapHallandAssessmentApi();
        app.MapRegistrationApi();
        app.MapSituationApi();
        app.MapSignIn();
        app.MapDiagnostics();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// One line per request only when it tells something: server errors, slow answers, refused requests. A line for
    /// every successful request went through the console sink's single lock and was the API's main limit under
    /// load (docs/performance.md); successful requests are logged at Debug (shown in Development).
    /// </summary>
    internal static Serilog.Events.LogEventLevel RequestLogLevel(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError ? Serilog.Events.LogEventLevel.Error
        : http.Response.StatusCode == StatusCodes.Status101SwitchingProtocols ? Serilog.Events.LogEventLevel.Debug // a circuit's WebSocket lasts the session: its length is no slowness
        : elapsedMilliseconds > 1000 ? Serilog.Events.LogEventLevel.Warning
        : http.Response.StatusCode >= StatusCodes.Status400BadRequest ? Serilog.Events.LogEventLevel.Information
        : Serilog.Events.LogEventLevel.Debug;

    /// <summary>
    /// Loads the shipped rule sets through the checks an upload gets (schema, parser, quotes, dates, exhaustive proof);
    /// a broken set stops the app, naming the file and the place in it.
    /// </summary>
    private static RuleSetCatalog LoadVerifiedCatalog(IConfiguration configuration)
    {
        var sets = new List<RuleSet>();
        foreach (var (name, text) in ShippedRuleSetFiles.Read(configuration))
        {
            if (RuleSetSchema.Validate(text) is { Count: > 0 } problems)
            {
                throw new RuleSetFormatException(name, problems);
            }

            sets.Add(InterpretationRegister.Verified(RuleSetParser.Parse(text, name), SourceTextCatalog.Shipped));
        }

        var catalog = new RuleSetCatalog(sets);
        var report = RuleSetVerifier.Verify(catalog);
        if (!report.IsValid)
        {
            throw new InvalidOperationException("Regeluppsättningarna klarar inte kontrollen: " + string.Join("; ", report.Problems));
        }

        Log.Information("Regeluppsättningar kontrollerade: {Paths} svarsvägar, {Sets} filer", report.PathsChecked, catalog.All.Count);
        return catalog;
    }
}
