using System.Net;
using System.Net.Http.Json;
using Distanskontakt.Web.Diagnostics;
using Distanskontakt.Web.Tests.Security;

namespace Distanskontakt.Web.Tests.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/memory</c> forces full garbage collections, so it exists only when
/// <c>Diagnostics:Enabled</c> is set, and then answers administrators only. No figure is asserted.
/// </summary>
public sealed class MemoryDiagnosticsTests
{
    private static readonly Dictionary<string, string?> _enabled = new() { [$"{DiagnosticsOptions.SectionName}:Enabled"] = "true" };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldNotExistByDefaultEvenForAnAdministrator()
    {
        await using var app = new SignInAppFactory();
        using var client = app.CreateBrowserLikeClient();
        await SignInAppFactory.SignInAsync(client, "admin", SignInAppFactory.AdminPassword);

        var response = await client.GetAsync(MemoryDiagnostics.Path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ShouldSendAnAnonymousVisitorToSignInWhenEnabled()
    {
        await using var app = new SignInAppFactory(settings: _enabled);
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync(MemoryDiagnostics.Path, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logga-in", SignInAppFactory.Target(response.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRefuseStaffWhoAreNotAdministratorsWhenEnabled()
    {
        await using var app = new SignInAppFactory(settings: _enabled);
        using var client = app.CreateBrowserLikeClient();
        await SignInAppFactory.SignInAsync(client, "personal", SignInAppFactory.PersonalPassword);

        var response = await client.GetAsync(MemoryDiagnostics.Path, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/ingen-behorighet", SignInAppFactory.Target(response.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldReportHeapCircuitsAndAnswerTimesToAnAdministratorWhenEnabled()
    {
        await using var app = new SignInAppFactory(settings: _enabled);
        using var client = app.CreateBrowserLikeClient();
        await SignInAppFactory.SignInAsync(client, "admin", SignInAppFactory.AdminPassword);

        var response = await client.GetAsync(MemoryDiagnostics.Path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<MemoryReport>(Cancel);
        Assert.NotNull(report);
        Assert.True(report.HeapBytes > 0);
        Assert.True(report.WorkingSetBytes > 0);
        Assert.Equal(0, report.OpenCircuits);
        Assert.Equal(0, report.WizardAnswers.Recorded);
        Assert.Null(report.WizardAnswers.P50Ms);
    }
}
