using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Distanskontakt.TestUtilities.Hosting;

/// <summary>
/// The built app (<c>src/Distanskontakt.Web/bin/&lt;configuration&gt;/&lt;framework&gt;/Distanskontakt.Web.dll</c>, the same
/// configuration as this test assembly) started as a child process with <c>dotnet</c> on a free loopback port.
/// Its console output is kept for the failure message. Or any other copy of the app (a published one) by its dll.
/// </summary>
public sealed partial class BuiltAppProcess : IDisposable
{
    /// <summary>An upper bound for start-up on a loaded 2-core machine; a start normally takes a few seconds.</summary>
    private static readonly TimeSpan _startLimit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BuiltAppProcess(Process process)
    {
        _process = process;
    }

    public Uri Address { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static Task<BuiltAppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        StartAsync(WebAssemblyPath(), environment, cancellationToken);

    /// <summary>Starts the app in <paramref name="dll"/>; <c>ASPNETCORE_URLS</c> in the environment overrides the free port.</summary>
    public static async Task<BuiltAppProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost(), [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var app = new BuiltAppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        app._process.OutputDataReceived += (_, e) => app.Read(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Read(e.Data);
        app._process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException("Appen avslutades vid start."));
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            app.Address = await app._listening.Task.WaitAsync(_startLimit, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            var output = app.Output;
            app.Dispose();
            throw new InvalidOperationException($"The app did not start ({e.Message}). Output:\n{output}", e);
        }

        return app;
    }

    /// <summary>SIGKILL on Linux: no shutdown, no flush, no disposal; the process is gone when this returns.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a deploy stops the app: the host shuts down in order; returns when the process is gone.</summary>
    public async Task StopAsync()
    {
        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!)
        {
            await signal.WaitForExitAsync();
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(_startLimit);
        }
        catch (TimeoutException)
        {
            await KillAsync(); // a shutdown that hangs must not hang the test
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>The Web project's output for this test assembly's configuration and framework.</summary>
    private static string WebAssemblyPath()
    {
        var configuration = typeof(BuiltAppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Distanskontakt.Web", "bin", configuration, framework, "Distanskontakt.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"src/Distanskontakt.Web/bin/{configuration}/{framework}/Distanskontakt.Web.dll was not found above {AppContext.BaseDirectory}: build the solution first.");
    }

    /// <summary>The <c>dotnet</c> host that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one next to this runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var beside = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(beside) ? beside : "dotnet";
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
