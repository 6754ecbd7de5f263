using System.Globalization;
using System.Text;
using System.Text.Json;
using Distanskontakt.E2E.Tests.Pages;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// The wizard's first load on a slow hospital network (Chromium's own throttling over CDP: 400 ms latency,
/// 400 kbit/s each way, empty cache): what it downloads, compressed, by resource, and how long until the first
/// question can be answered. Figures go to TestResults/first-load.txt; they are reported, never asserted. The test
/// asserts what must hold on any network: every script and style arrives compressed, and the first answer works.
/// Against the published app, whose precompressed assets are what a deploy serves (a build's output compresses at
/// run time, without compression). Runs alone, so that other tests' load does not end up in the figures.
/// </summary>
[Collection(nameof(FirstLoadMeasurement))]
[CollectionDefinition(nameof(FirstLoadMeasurement), DisableParallelization = true)]
public sealed class FirstLoadMeasurement(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly PublishedApp _app = new();
    private IPage Page { get; set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await _app.StartAsync();
        Page = await fixture.NewPageAsync(baseAddress: _app.BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    private const int LatencyMilliseconds = 400;
    private const int KilobitsPerSecond = 400;

    // In the page from its first script on: when the wizard's keys went on (the circuit is up and the first
    // question answers), relative to the navigation's start.
    private const string MarkInteractive = """
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.wizardKeys === "on") {
            window.__interactiveAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-wizard-keys"] });
        """;

    [Fact]
    public async Task ShouldMeasureTheFirstLoadOnASlowNetwork()
    {
        var resources = new Dictionary<string, Resource>(StringComparer.Ordinal);
        long webSocketBytes = 0;
        var cdp = await Page.Context.NewCDPSessionAsync(Page);
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                lock (resources)
                {
                    resources[json.GetProperty("requestId").GetString()!] = new Resource(json.GetProperty("request").GetProperty("url").GetString()!);
                }
            }
        };
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            if (e is { } json && Find(resources, json) is { } resource)
            {
                var response = json.GetProperty("response");
                resource.Status = response.GetProperty("status").GetInt32();
                resource.Encoding = Header(response, "content-encoding") ?? "-";
            }
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } json && Find(resources, json) is { } resource)
            {
                resource.Bytes = (long)json.GetProperty("encodedDataLength").GetDouble();
            }
        };
        cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                Interlocked.Add(ref webSocketBytes, FrameBytes(json));
            }
        };
        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) =>
        {
            if (e is { } json)
            {
                Interlocked.Add(ref webSocketBytes, FrameBytes(json));
            }
        };
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });
        await cdp.SendAsync("Network.emulateNetworkConditions", new()
        {
            ["offline"] = false,
            ["latency"] = LatencyMilliseconds,
            ["downloadThroughput"] = KilobitsPerSecond * 1000 / 8,
            ["uploadThroughput"] = KilobitsPerSecond * 1000 / 8,
        });
        await Page.AddInitScriptAsync(MarkInteractive);

        var wizard = new WizardPage(Page);
        await Page.GotoAsync(WizardPage.Path, new PageGotoOptions { Timeout = 120_000 });
        await Expect(wizard.FirstStepHeading).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Page.WaitForFunctionAsync("() => window.__interactiveAt !== undefined", null, new() { Timeout = 120_000 });
        var interactiveAt = await Page.EvaluateAsync<double>("window.__interactiveAt");
        var firstPaintAt = await Page.EvaluateAsync<double>(
            "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1");
        List<Resource> loaded;
        lock (resources)
        {
            loaded = [.. resources.Values.Where(r => r.Bytes > 0)];
        }

        // The first question answers: 1 = PMO moves on to the channel.
        await Page.Keyboard.PressAsync("1");
        await Expect(Page).ToHaveURLAsync(WizardPage.QueryHas("system", "pmo"), new() { Timeout = 60_000 });

        var report = Report(loaded, Interlocked.Read(ref webSocketBytes), firstPaintAt, interactiveAt);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        var path = Path.Combine(Screenshots.RepositoryRoot(), "TestResults", "first-load.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, report, TestContext.Current.CancellationToken);

        var uncompressed = loaded.Where(r => r.IsScriptOrStyle && r.Encoding is not ("br" or "gzip")).Select(r => r.Path).ToList();
        Assert.True(uncompressed.Count == 0, "sent uncompressed: " + string.Join(", ", uncompressed));
        Assert.All(loaded, r => Assert.True(r.Status is 200 or 101, $"{r.Status} {r.Path}"));
    }

    private static Resource? Find(Dictionary<string, Resource> resources, JsonElement json)
    {
        lock (resources)
        {
            return resources.GetValueOrDefault(json.GetProperty("requestId").GetString()!);
        }
    }

    private static string? Header(JsonElement response, string name) =>
        response.GetProperty("headers").EnumerateObject()
            .FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.String } value
            ? value.GetString()
            : null;

    /// <summary>A frame's payload in bytes: text as UTF-8, binary (opcode 2) arrives base64-encoded.</summary>
    private static long FrameBytes(JsonElement json)
    {
        var frame = json.GetProperty("response");
        var payload = frame.GetProperty("payloadData").GetString() ?? "";
        return frame.GetProperty("opcode").GetInt32() == 2 ? payload.Length * 3L / 4 : Encoding.UTF8.GetByteCount(payload);
    }

    private static string Report(List<Resource> loaded, long webSocketBytes, double firstPaintAt, double interactiveAt)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"First load of /registrera at {LatencyMilliseconds} ms latency, {KilobitsPerSecond} kbit/s (Chromium over CDP), empty cache");
        text.AppendLine(invariant, $"HTTP bytes (compressed, with headers): {loaded.Sum(r => r.Bytes)} in {loaded.Count} responses");
        text.AppendLine(invariant, $"WebSocket payload bytes until the first answer: {webSocketBytes} (not throttled by Chromium)");
        text.AppendLine(invariant, $"First contentful paint: {firstPaintAt:F0} ms");
        text.AppendLine(invariant, $"First question answerable (circuit up, keys on): {interactiveAt:F0} ms");
        foreach (var resource in loaded.OrderByDescending(r => r.Bytes))
        {
            text.AppendLine(invariant, $"  {resource.Bytes,8}  {resource.Encoding,-5} {resource.Status}  {resource.Path}");
        }

        return text.ToString();
    }

    private sealed class Resource(string url)
    {
        public string Path { get; } = new Uri(url).PathAndQuery;

        public int Status { get; set; }

        public string Encoding { get; set; } = "-";

        public long Bytes { get; set; }

        public bool IsScriptOrStyle => new Uri("http://x" + Path).AbsolutePath is var path
            && (path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".css", StringComparison.Ordinal));
    }
}
