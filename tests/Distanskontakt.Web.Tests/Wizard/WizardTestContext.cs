using Bunit;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Tests.Hosting;
using Distanskontakt.Web.Tests.Situations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Web.Tests.Wizard;

/// <summary>
/// A bUnit context with the wizard's services on top of <see cref="PageTestContext"/>: the timings, the situation
/// search, and an attempt counter that refuses to count (no one is signed in).
/// </summary>
public abstract class WizardTestContext : PageTestContext
{
    public const string Module = "./js/registrera.js";

    protected WizardTestContext(FakeTimeProvider? clock = null)
        : base(clock)
    {
        Services.AddSingleton(Timings);
        Services.AddSituationSearch(Engine);
        Services.AddSingleton<Distanskontakt.Infrastructure.Log.IAbandonedAttemptCounter>(new UncountedAttempts());
        Services.AddSingleton<Distanskontakt.Infrastructure.UseCases.Registrations.CountAbandonedAttempt>();
    }

    protected WizardTimings Timings { get; } = new();

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
