namespace Distanskontakt.E2E.Tests.Infrastructure;

/// <summary>Screenshots for the README, written to <c>docs/images/</c> on every run (the committed ones are overwritten).</summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string fileName)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "images", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Wait for web fonts and styles, and hide the caret so that the image is the same from run to run.
        await page.EvaluateAsync("document.fonts.ready");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Caret = ScreenshotCaret.Hide, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>The repository root: the first folder above the test output that holds the solution file.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Distanskontakt.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Distanskontakt.sln not found above the test output.");
    }
}
