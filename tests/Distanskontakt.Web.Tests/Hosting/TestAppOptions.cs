using Distanskontakt.TestUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Hosting;

/// <summary>How a <see cref="TestApp"/> is set up; every part has the value most tests want.</summary>
public sealed record TestAppOptions
{
    /// <summary>The host environment; "Testing" reads appsettings.Testing.json (demo accounts, listed approvers).</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>The app's clock: pinned mid skane-v4 unless a test needs another day.</summary>
    public TimeProvider Clock { get; init; } = Clocks.MidV4();

    /// <summary>
    /// A database folder that outlives the host (several hosts in turn, as after a restart). Null: a folder of the
    /// host's own, removed with it.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>A <c>ConnectionStrings:Default</c> of its own (short timeouts); null keeps the app's.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Configuration the app sees at start-up, applied after the database settings (so they can override them).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public TestSignIn SignIn { get; init; } = TestSignIn.App;

    /// <summary>Every Serilog event, down to Verbose, goes to <see cref="TestApp.Log"/> (the console keeps Warning and up).</summary>
    public bool CaptureLog { get; init; }

    /// <summary>Replaces or adds services after the app registered its own (fakes, startup filters).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}
