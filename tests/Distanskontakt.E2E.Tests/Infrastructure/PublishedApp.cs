using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Distanskontakt.TestUtilities.Hosting;

namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>
/// The app as a deploy runs it: published (<c>dotnet publish --no-build</c> of this configuration's build, once per test run,
/// with its precompressed and fingerprinted static assets) and started as its own process on a fixed loopback port
/// with its own SQLite database, so that it can be stopped and started again at the same address with the same data.
/// Environment <c>Testing</c>: the demo accounts, no OpenID Connect authority needed.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    private static readonly Lazy<Task<string>> _published = new(PublishAsync);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dk-e2e-published-" + Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private BuiltAppProcess? _process;

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>The process's console output so far, for a failure message.</summary>
    public string Output => _process?.Output ?? "";

    public async Task StartAsync()
    {
        var dll = await _published.Value;
        _process?.Dispose();
        _process = await BuiltAppProcess.StartAsync(dll, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/'),
            ["Database__DataDirectory"] = _dataDirectory,
        }, TestContext.Current.CancellationToken);
    }

    /// <summary>Stops the process as a deploy does (SIGTERM); returns when it is gone.</summary>
    public Task StopAsync() => _process?.StopAsync() ?? Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _process?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> PublishAsync()
    {
        // Beside the test assembly (120 MB): replaced by the next run, never left in the temp folder.
        var output = Path.Combine(AppContext.BaseDirectory, "published-app");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var project = Path.Combine(Screenshots.RepositoryRoot(), "src", "Distanskontakt.Web", "Distanskontakt.Web.csproj");
        var configuration = typeof(PublishedApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet, ["publish", project, "-c", configuration, "--no-build", "-o", output, "-nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await stdout}\n{await stderr}");
        }

        return Path.Combine(output, "Distanskontakt.Web.dll");
    }
}
