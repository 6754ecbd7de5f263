using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Circuits;

/// <summary>
/// One wizard session as a browser makes it, without a browser: GET /registrera (prerendered), then a Blazor
/// circuit over SignalR ("blazorpack"): StartCircuit, UpdateRootComponents with the page's component markers
/// and state, every render batch acknowledged (OnRenderCompleted), every JS interop call answered as the page's
/// script would, and answers given by dispatching click events to the option buttons' handlers.
/// </summary>
internal sealed partial class WizardSession(Uri baseAddress, CookieContainer cookies, HttpClient http, string page = WizardSession.WizardPage)
    : IAsyncDisposable
{
    /// <summary>The wizard; another page (the start page "/") measures what any circuit costs, for comparison.</summary>
    public const string WizardPage = "registrera";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    private readonly OptionButtons _options = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TaskCompletionSource<bool>> _pendingCalls = [];
    private readonly TaskCompletionSource<bool> _interactive = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _connection;
    private string? _circuitSecret;
    private long _rendererInterop = -1;
    private long _nextJsObject;
    private int _nextCallId;
    private int _batches;
    private TaskCompletionSource<bool> _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? Error { get; private set; }

    /// <summary>Opens the page and the circuit, and waits until the first step's buttons are interactive.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var address = new Uri(baseAddress, page.TrimStart('/'));
        var html = await http.GetStringAsync(address, cancellationToken);
        var markers = ServerMarker().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject()).ToList();
        var state = ServerState().Match(html) is { Success: true } s ? s.Groups[1].Value : "";
        if (markers.Count == 0)
        {
            throw new InvalidOperationException("The page has no interactive server component marker.");
        }

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.Cookies = cookies;
            });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        _connection = builder.Build();
        _connection.ServerTimeout = TimeSpan.FromMinutes(5);

        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatch);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJS);
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", OnEndInvokeDotNet);
        _connection.On<string>("JS.Error", error => Fail("JS.Error: " + error));
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.On<int, bool>("JS.EndLocationChanging", (_, _) => { });

        await _connection.StartAsync(cancellationToken);
        _circuitSecret = await _connection.InvokeAsync<string?>("StartCircuit",
            baseAddress.AbsoluteUri, address.AbsoluteUri, "[]", "", cancellationToken)
            ?? throw new InvalidOperationException("The server refused to start the circuit.");

        // As blazor.web.js does for prerendered components: one "add" per marker, ids in document order.
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray([.. markers.Select((marker, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = marker,
            })]),
        };
        await _connection.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, cancellationToken);
        if (page != WizardPage)
        {
            await WaitAsync(() => _batches > 0 && _rendererInterop >= 0, cancellationToken);
            return;
        }

        await WaitAsync(() => _options.Current.Count > 0 && _options.Current.All(_options.IsLive), cancellationToken);
        await _interactive.Task.WaitAsync(StepTimeout, cancellationToken);
    }

    /// <summary>
    /// Clicks the option at <paramref name="index"/> (clamped) on the current step and waits until the next step
    /// (or the result) has rendered. Returns the client-side time from click to that render.
    /// </summary>
    public async Task<TimeSpan> AnswerAsync(int index, CancellationToken cancellationToken)
    {
        OptionButton button;
        int generation;
        lock (_lock)
        {
            var current = _options.Current;
            if (current.Count == 0)
            {
                throw new InvalidOperationException("No question is shown.");
            }

            button = current[Math.Clamp(index, 0, current.Count - 1)];
            generation = _options.Generation;
        }

        var timer = Stopwatch.StartNew();
        var descriptor = new JsonObject { ["eventHandlerId"] = button.HandlerId, ["eventName"] = "click", ["eventFieldInfo"] = null };
        var mouse = new JsonObject { ["type"] = "click", ["detail"] = 1, ["button"] = 0, ["buttons"] = 0 };
        var done = await InvokeDotNetAsync("DispatchEventAsync", new JsonArray(descriptor, mouse), cancellationToken);
        if (!done)
        {
            throw new InvalidOperationException($"The click on '{button.Value}' was refused.");
        }

        await WaitAsync(() => _options.Generation != generation || _options.Current.Count == 0, cancellationToken);
        return timer.Elapsed;
    }

    /// <summary>Closes as a leaving browser does: the disconnect beacon ends the circuit at once, then the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_circuitSecret is not null)
        {
            try
            {
                using var form = new MultipartFormDataContent { { new StringContent(_circuitSecret), "circuitId" } };
                using var response = await http.PostAsync(new Uri(baseAddress, "_blazor/disconnect"), form);
            }
            catch (HttpRequestException)
            {
                // The server is gone; nothing to close.
            }
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<bool> InvokeDotNetAsync(string method, JsonArray args, CancellationToken cancellationToken)
    {
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        var result = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _pendingCalls[callId] = result;
        }

        await _connection!.SendAsync("BeginInvokeDotNetFromJS", callId, null, method, _rendererInterop, args.ToJsonString(), cancellationToken);
        return await result.Task.WaitAsync(StepTimeout, cancellationToken);
    }

    private async Task WaitAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (Error is not null)
                {
                    throw new InvalidOperationException(Error);
                }

                if (condition())
                {
                    return;
                }

                changed = _changed.Task;
            }

            var left = StepTimeout - deadline.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("The page did not render the expected step in time.");
            }

            await changed.WaitAsync(left, cancellationToken);
        }
    }

    private Task OnRenderBatch(long batchId, byte[] data)
    {
        lock (_lock)
        {
            try
            {
                _options.Apply(new RenderBatchReader(data));
                _batches++;
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                Error = $"Render batch {batchId} could not be read: {e.Message}";
            }

            _changed.TrySetResult(true);
            _changed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Acknowledge at once, as the browser does after applying it; the server holds back renders until then.
        return _connection!.SendAsync("OnRenderCompleted", batchId, null);
    }

    /// <summary>JS interop from .NET: answered as blazor.web.js and the page's modules (WizardKeys.razor.js, registrera.js) would.</summary>
    private async Task OnBeginInvokeJS(object?[] args)
    {
        var asyncHandle = (long)args[0]!;
        var identifier = (string)args[1]!;
        var argsJson = args[2] as string;
        var resultType = (int)args[3]!;
        JsonNode? result = null;
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                // The renderer's .NET object: browser events are dispatched to it (DispatchEventAsync).
                lock (_lock)
                {
                    _rendererInterop = JsonNode.Parse(argsJson!)![1]!["__dotNetObject"]!.GetValue<long>();
                    _changed.TrySetResult(true);
                    _changed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                break;
            case "attachKeys":
                // The page's script is loaded and listens for keys: the page is interactive.
                _interactive.TrySetResult(true);
                break;
            case "Blazor._internal.navigationManager.navigateTo":
                var target = new Uri(baseAddress, JsonNode.Parse(argsJson!)![0]!.GetValue<string>());
                await _connection!.SendAsync("OnLocationChanged", target.AbsoluteUri, null, false);
                break;
        }

        if (resultType == 1)
        {
            // A JS object reference (the page's module from "import").
            result = new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextJsObject) };
        }

        if (asyncHandle != 0)
        {
            await _connection!.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, new JsonArray(asyncHandle, true, result).ToJsonString());
        }
    }

    private void OnEndInvokeDotNet(string callId, bool success, string result)
    {
        TaskCompletionSource<bool>? pending;
        lock (_lock)
        {
            _pendingCalls.Remove(callId, out pending);
        }

        pending?.TrySetResult(success);
        if (!success)
        {
            Fail($"Call {callId} failed: {result}");
        }
    }

    private void Fail(string error)
    {
        lock (_lock)
        {
            Error ??= error;
            _changed.TrySetResult(false);
        }
    }

    [GeneratedRegex("<!--Blazor:(\\{\"type\":\"server\".*?\\})-->")]
    private static partial Regex ServerMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex ServerState();
}
