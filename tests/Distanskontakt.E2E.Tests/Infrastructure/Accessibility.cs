using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>axe-core in the page: WCAG 2.1 AA rules; serious and critical findings fail the test.</summary>
public static class Accessibility
{
    private static readonly string[] _blockingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string? within = null)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        };
        var result = within is null
            ? await page.RunAxe(options)
            : await page.Locator(within).RunAxe(options);

        var blocking = result.Violations.Where(v => _blockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, "axe found serious/critical violations:\n" + string.Join("\n", blocking.Select(Describe)));
        Assert.NotEmpty(result.Passes);
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help}\n" +
        string.Join("\n", violation.Nodes.Select(n => $"    {n.Target}: {n.Html}"));
}
