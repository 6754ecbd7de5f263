using System.Net;
using System.Text.Json;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Web.Logging;
using Distanskontakt.Web.Tests.Registrations;

namespace Distanskontakt.Web.Tests.Situations;

/// <summary>
/// A personnummer typed into the situation search is refused and reaches no log sink, with every level switched on
/// (the framework's own "Request starting … ?q=…" included). Runs alone, like <see cref="PersonnummerLeakTests"/>:
/// Serilog's hosting integration routes every host's events through one static logger.
/// </summary>
[Collection(nameof(PersonnummerLeakTests))]
public sealed class SituationPersonnummerLogTests : IAsyncLifetime
{
    private readonly RegistrationApiFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("19121212-1212", "ringde om provsvar, pnr 19121212-1212")]
    [InlineData("121212-1212", "121212-1212 ringde")]
    [InlineData("121212 1212", "ringde 121212 1212 om recept")]
    [InlineData("191212121212", "patient 191212121212")]
    public async Task ShouldRefuseAPersonnummerInTheQueryAndLogItNowhere(string planted, string text)
    {
        Assert.True(PersonnummerDetector.ContainsPersonnummer(planted));
        using var client = _factory.ClientAs(role: null);

        using var response = await client.GetAsync(new Uri($"/api/v1/situations?system=pmo&q={Uri.EscapeDataString(text)}", UriKind.Relative), Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(PersonnummerDetector.RefusalMessage, json.RootElement.GetProperty("errors").GetProperty("q")[0].GetString());

        var log = _factory.Log.Text;
        string[] forms = [planted, Uri.EscapeDataString(planted), planted.Replace(' ', '+'), planted.Replace("-", "", StringComparison.Ordinal)];
        Assert.All(forms, form => Assert.DoesNotContain(form, body, StringComparison.Ordinal));
        Assert.All(forms, form => Assert.DoesNotContain(form, log, StringComparison.Ordinal));
        Assert.Contains("GET /api/v1/situations", log, StringComparison.Ordinal); // the capture saw this very request
        Assert.Contains(PersonnummerRedaction.Replacement, log, StringComparison.Ordinal); // and the framework did try to log the query
    }
}
