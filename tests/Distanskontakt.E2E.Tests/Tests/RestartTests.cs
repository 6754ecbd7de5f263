using System.Diagnostics;
using System.Text.RegularExpressions;
using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>
/// A deploy mid-wizard: the published app is stopped (SIGTERM) and started again at the same address with the same
/// database. The page says so in Swedish, reloads itself once the server answers, and is back at the same question
/// (and an unsent comment in the register dialog is back) within 10 s of the restart. No English text is ever
/// shown: everything the page renders meanwhile is read from the DOM. Runs alone: the 10 s is a limit for the wait,
/// and the other tests' load belongs to another part of the run.
/// </summary>
[Collection(nameof(RestartTests))]
[CollectionDefinition(nameof(RestartTests), DisableParallelization = true)]
public sealed partial class RestartTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan _backWithin = TimeSpan.FromSeconds(10);

    // Every text the page shows, each time it changes (reported to the test, so it survives the reload).
    private const string ReportShownText = """
        (() => {
          let last = "";
          const report = () => {
            const text = document.body ? document.body.innerText : "";
            if (text !== last) {
              last = text;
              window.__reportShownText(text);
            }
          };
          new MutationObserver(report).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
          document.addEventListener("DOMContentLoaded", report);
        })();
        """;

    private readonly PublishedApp _app = new();
    private readonly List<string> _shown = [];
    private readonly List<string> _documents = [];
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        await _app.StartAsync();
        _page = await fixture.NewPageAsync(baseAddress: _app.BaseAddress);
        await _page.ExposeFunctionAsync("__reportShownText", (string text) =>
        {
            lock (_shown)
            {
                _shown.Add(text);
            }
        });
        _page.FrameNavigated += (_, frame) =>
        {
            if (frame.ParentFrame is null)
            {
                lock (_documents)
                {
                    _documents.Add(frame.Url);
                }
            }
        };
        await _page.AddInitScriptAsync(ReportShownText);
    }

    public async ValueTask DisposeAsync()
    {
        await _page.Context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ShouldComeBackAtTheSameQuestionInSwedishAfterTheServerIsRestarted()
    {
        var wizard = new WizardPage(_page);
        await wizard.OpenAsync("?system=pmo&contactDate=2025-09-15&channel=phone");
        await wizard.AnswerAsync(Questions.Via1177(false));
        await Expect(wizard.QuestionHeading(Questions.SupportProgram)).ToBeVisibleAsync();
        var address = _page.Url;

        await RestartAsync();

        await Expect(wizard.QuestionHeading(Questions.SupportProgram)).ToBeVisibleAsync();
        Assert.Equal(address, _page.Url);
        await Expect(wizard.TrailEntry("Kontaktsätt")).ToContainTextAsync("Telefon");
        await Expect(wizard.TrailEntry("Via 1177 direkt")).ToContainTextAsync("Nej");

        // The page answers again, on the new server: 2 = Nej goes on to the next question.
        await _page.Keyboard.PressAsync("2");
        await Expect(_page).ToHaveURLAsync(WizardPage.QueryHas("supportProgram", "false"));
        AssertSwedishOnly();
    }

    [Fact]
    public async Task ShouldKeepAnUnsentCommentThroughARestartAndSaveItAfterwards()
    {
        const string Decision = "registrera?system=pmo&contactDate=2025-09-15&channel=phone&via1177Direkt=false&supportProgram=false&replacesVisit=false&leadsToVisitSameDaySameUnit=false";
        const string Comment = "Återkoppling efter provsvar";
        var wizard = new WizardPage(_page);
        await new SignInPage(_page).SignInAsync("personal", SignInPage.PersonalPassword, "/" + Decision);
        await Expect(wizard.Result.Region).ToBeVisibleAsync();
        await InteractivityProbe.WaitAsync(_page);
        await wizard.Result.Region.GetByRole(AriaRole.Button, new() { Name = "Registrera beslutet" }).ClickAsync();
        var comment = _page.GetByLabel("Kommentar (frivillig)");
        await comment.FillAsync(Comment);
        // The dialog keeps the comment in this tab's session storage as it is typed; restart only once it has.
        await _page.WaitForFunctionAsync("text => Object.values(sessionStorage).includes(text)", Comment);

        await RestartAsync();

        await Expect(comment).ToHaveValueAsync(Comment);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Expect(_page.GetByText("Beslutet är sparat")).ToBeVisibleAsync();
        Assert.False(await _page.EvaluateAsync<bool>("text => Object.values(sessionStorage).includes(text)", Comment));
        AssertSwedishOnly();
    }

    /// <summary>
    /// Stops the app, waits for the Swedish dialog, starts the app again and waits (at most 10 s) until the page has
    /// reloaded itself and is interactive on the new server.
    /// </summary>
    private async Task RestartAsync()
    {
        await _page.EvaluateAsync("window.__beforeRestart = true");
        await _app.StopAsync();
        var dialog = _page.Locator("#components-reconnect-modal");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Anslutningen till servern bröts");
        await Expect(_page.Locator(Circuit.Up)).ToHaveCountAsync(0); // the marker says the page is not live

        await _app.StartAsync();
        var restarted = Stopwatch.StartNew();
        await _page.WaitForFunctionAsync(
            "() => window.__beforeRestart === undefined && document.documentElement.dataset.wizardKeys === 'on'",
            null, new() { Timeout = (float)_backWithin.TotalMilliseconds });
        TestContext.Current.TestOutputHelper?.WriteLine($"Back and interactive {restarted.ElapsedMilliseconds} ms after the restart.");
        await Expect(dialog).Not.ToBeVisibleAsync();
        await Circuit.UpAsync(_page);
    }

    private void AssertSwedishOnly()
    {
        lock (_shown)
        {
            Assert.Contains(_shown, text => text.Contains("Anslutningen till servern bröts", StringComparison.Ordinal));
            var english = _shown.Where(text => FrameworkEnglish().IsMatch(text)).ToList();
            Assert.True(english.Count == 0, "English text shown:\n" + string.Join("\n---\n", english));
        }

        lock (_documents)
        {
            // Never the browser's own error page (a reload while the server was down).
            Assert.DoesNotContain(_documents, url => !url.StartsWith(_app.BaseAddress.ToString(), StringComparison.Ordinal));
        }
    }

    /// <summary>Words of blazor.web.js's default reconnect and error texts, and of Chromium's error page.</summary>
    [GeneratedRegex(@"\b(rejoin\w*|reconnect\w*|server|retry|reload|failed|session|paused|resume|attempt\w*|seconds?|unable|can.t be reached|error)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrameworkEnglish();
}
