using System.Net.Http.Json;
using System.Text.Json;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>Within 60 days of skane-v4's end, every outcome under it says so (spec §7).</summary>
public sealed class EndWarningApiTests
{
    [Fact]
    public async Task ShouldWarnThatV4EndsWhenTodayIsWithinSixtyDaysOfItsEnd()
    {
        await using var factory = new ApiFactory { Time = Clocks.At(2026, 11, 24) };
        var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative),
            new { system = "pmo", contactDate = "2025-06-02", channel = "noteWithoutContact" }, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "info"
                && n.GetProperty("text").GetString()!.StartsWith("skane-v4 gäller till 2026-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldNotWarnWhenTheEndIsFurtherAway()
    {
        await using var factory = new ApiFactory { Time = Clocks.At(2026, 10, 1) };
        var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/api/v1/decisions", UriKind.Relative),
            new { system = "pmo", contactDate = "2025-06-02", channel = "noteWithoutContact" }, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain(json.RootElement.GetProperty("notes").EnumerateArray(),
            n => n.GetProperty("text").GetString()!.Contains("gäller till", StringComparison.Ordinal));
    }
}
