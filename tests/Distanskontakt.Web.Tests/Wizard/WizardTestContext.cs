using Bunit;
using Bunit.TestDoubles;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Sources;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Tests.Situations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>
/// A bUnit context with the wizard's services: the engine on a pinned clock (mid skane-v4 unless told), the
/// shipped source texts, the timings, and loose JS interop (the page's module answers with defaults).
/// </summary>
public abstract class WizardTestContext : BunitContext
{
    public const string Module = "./js/registrera.js";

    protected WizardTestContext(FakeTimeProvider? clock = null)
    {
        Clock = clock ?? Clocks.MidV4();
        Engine = Clocks.Engine(Clock);
        Services.AddMetrics();
        Services.AddSingleton<Distanskontakt.Infrastructure.Operations.AppMetrics>();
        Services.AddSingleton(Engine);
        Services.AddSingleton(SourceTexts);
        Services.AddSingleton(Timings);
        Services.AddSituationSearch(Engine);
        Services.AddSingleton<Distanskontakt.Infrastructure.Log.IAbandonedAttemptCounter>(new UncountedAttempts());
        Services.AddOptions();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public static SourceTextCatalog SourceTexts { get; } = SourceTextCatalog.LoadEmbedded();

    protected FakeTimeProvider Clock { get; }

    protected DecisionEngine Engine { get; }

    protected WizardTimings Timings { get; } = new();

    protected BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    /// <summary>The address as the page left it, relative to the base ("/registrera?system=…").</summary>
    protected string Address => "/" + Navigation.ToBaseRelativePath(Navigation.Uri);

    /// <summary>Opens the wizard at an address, as a bookmark, a shared link or a reload does.</summary>
    protected IRenderedComponent<Registrera> Open(string address = WizardUrl.Page)
    {
        Navigation.NavigateTo(address);
        return Render<Registrera>();
    }

    /// <summary>No one is signed in in these tests, so nothing is ever counted; counting is tested on SQLite.</summary>
    private sealed class UncountedAttempts : Distanskontakt.Infrastructure.Log.IAbandonedAttemptCounter
    {
        public Task CountAbandonedAsync(string unitCode, DateOnly day, string questionPath, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("An anonymous attempt must never be counted.");
    }

    /// <summary>The outcome the engine gives for a complete set of answers.</summary>
    protected Outcome OutcomeFor(Answers answers) =>
        Engine.Decide(answers).Outcome ?? throw new InvalidOperationException("The answers are not complete.");
}
