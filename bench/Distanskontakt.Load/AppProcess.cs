using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Distanskontakt.TestUtilities.Hosting;

namespace Distanskontakt.Load;

/// <summary>
/// The built web app as a separate process: Production environment, a fresh SQLite file in a temporary folder,
/// OpenID Connect pointed at the loopback <see cref="LoopbackTokenIssuer"/>, a free loopback port. Its console output is
/// drained (as a container runtime would) and the last lines kept for a failure message.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private AppProcess(Process process, string baseUrl, string databaseFile)
    {
        _process = process;
        BaseUrl = baseUrl;
        DatabaseFile = databaseFile;
    }

    public string BaseUrl { get; }

    public string DatabaseFile { get; }

    public long OutputLines { get; private set; }

    public int ProcessId => _process.Id;

    public static async Task<AppProcess> StartAsync(string appDll, string authority, string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var databaseFile = Path.Combine(dataDirectory, "load.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={databaseFile}";
        start.Environment["Authentication__Oidc__Authority"] = authority;
        start.Environment["Authentication__Oidc__ClientId"] = LoopbackTokenIssuer.ClientId;
        start.Environment["Authentication__Oidc__ClientSecret"] = "lastprov";
        start.Environment["Authentication__Oidc__RequireHttpsMetadata"] = "false"; // the issuer is plain HTTP on loopback
        start.Environment["RateLimiting__Enabled"] = "false"; // the generator sends everything from one address
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Appen startade inte.");
        var app = new AppProcess(process, $"http://127.0.0.1:{port}", databaseFile);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await client.GetAsync(app.BaseUrl + "/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        var lines = app.LastLines();
        await app.DisposeAsync();
        throw new InvalidOperationException("Appen svarade inte på /health:\n" + lines);
    }

    /// <summary>SIGTERM (graceful: Kestrel drains, the host stops), then SIGKILL after 30 s.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        _ = Kill(_process.Id, 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>The app's CPU time so far, user + system (from /proc; 0 where there is none).</summary>
    public double CpuSeconds()
    {
        var stat = $"/proc/{_process.Id}/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        // Fields 14 and 15 (utime, stime) in clock ticks, counted after the command name's closing parenthesis.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    public string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            OutputLines++;
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
