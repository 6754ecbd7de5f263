using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// A hospital proxy that refuses WebSockets: every WebSocket the page opens is sent to an address of the app that
/// refuses the upgrade, so it fails before the socket opens, as behind such a proxy (Chromium's CDP URL blocking does
/// not cover WebSockets; a foreign port would also be refused by the Content-Security-Policy's connect-src). blazor.web.js falls back to long polling, and the wizard still reaches its decision.
/// </summary>
public sealed partial class LongPollingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string RefuseWebSockets = """
        (() => {
          const Real = window.WebSocket;
          window.WebSocket = class extends Real {
            constructor(url, protocols) {
              super(`ws://${location.host}/websocket-refused`, protocols);
            }
          };
        })();
        """;

    [Fact]
    public async Task ShouldCompleteADecisionOverLongPollingWhenWebSocketsAreBlocked()
    {
        var polls = 0;
        var urls = new System.Collections.Concurrent.ConcurrentBag<string>();
        var webSocketFrames = 0;
        Page.Request += (_, request) =>
        {
            urls.Add(request.Url);
            if (CircuitPoll().IsMatch(request.Url))
            {
                Interlocked.Increment(ref polls);
            }
        };
        Page.WebSocket += (_, socket) => urls.Add("WS " + socket.Url);
        Page.WebSocket += (_, socket) => socket.FrameReceived += (_, _) => Interlocked.Increment(ref webSocketFrames);
        await Page.AddInitScriptAsync(RefuseWebSockets);

        var wizard = new WizardPage(Page);
        await wizard.OpenAsync("?contactDate=2026-05-28");
        await wizard.ChooseSystemAsync("PASiS", "pasis");
        foreach (var step in new[] { Questions.Phone, Questions.Sob(false), Questions.Replaces(false) })
        {
            await wizard.AnswerAsync(step);
        }

        await Expect(wizard.Result.ContactType).ToHaveTextAsync("TE Telefon stand");
        Assert.True(polls > 0, "no long-polling request to /_blazor: " + string.Join(" ", urls));
        Assert.Contains(urls, url => url.StartsWith("WS ", StringComparison.Ordinal)); // it did try a WebSocket first
        Assert.Equal(0, webSocketFrames);
    }

    /// <summary>A long-polling transport's request: <c>/_blazor?id=…</c> (negotiate is another path).</summary>
    [GeneratedRegex(@"/_blazor\?id=")]
    private static partial Regex CircuitPoll();
}
