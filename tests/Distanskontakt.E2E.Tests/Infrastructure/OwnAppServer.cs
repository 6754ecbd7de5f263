namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// A class fixture with an app of its own (own SQLite database, same pinned clock and settings as the shared one),
/// for tests that change what every page shows — e.g. activating a rule set lists it on the start page, whose
/// screenshot another test writes. The browser is still the assembly's.
/// </summary>
public sealed class OwnAppServer : IAsyncLifetime
{
    public AppServer App { get; } = new();

    public Uri BaseAddress => App.BaseAddress;

    public ValueTask InitializeAsync()
    {
        App.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
