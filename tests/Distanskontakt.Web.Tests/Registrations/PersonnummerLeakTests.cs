using System.Net;
using System.Text;
using System.Text.Json;
using Distanskontakt.Domain.Privacy;
using Microsoft.Data.Sqlite;

namespace Distanskontakt.Web.Tests.Registrations;

/// <summary>
/// Serilog's hosting integration routes every host's events through the one static logger, so this test runs
/// alone (no other test host alive) and owns the capture: what it finds missing is truly missing.
/// </summary>
[CollectionDefinition(nameof(PersonnummerLeakTests), DisableParallelization = true)]
public sealed class PersonnummerLeakCollection;

[Collection(nameof(PersonnummerLeakTests))]
public sealed class PersonnummerLeakTests : IAsyncLifetime
{
    private const string PasisPhoneNotReplacing =
        """{"system":"pasis","contactDate":"2026-05-04","channel":"phone","supportProgram":false,"replacesVisit":false,"leadsToVisitSameDaySameUnit":false,"comment":"Återkommer efter provsvar"}""";

    private readonly RegistrationApiFactory _factory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ShouldRefuseAPersonnummerInTheCommentAndKeepItNowhere()
    {
        const string planted = "19121212-1212";
        Assert.True(PersonnummerDetector.ContainsPersonnummer(planted));
        using var client = _factory.ClientAs(RegistrationApiFactory.Personal);
        var body = PasisPhoneNotReplacing.Replace("Återkommer efter provsvar", $"Patient {planted} ringde", StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/v1/registrations", new StringContent(body, Encoding.UTF8, "application/json"), Token);
        var text = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(PersonnummerDetector.RefusalMessage, json.RootElement.GetProperty("errors").GetProperty("comment")[0].GetString());

        string[] forms = [planted, "191212121212", "121212-1212", "1212121212"];
        Assert.All(forms, form => Assert.DoesNotContain(form, text, StringComparison.Ordinal));
        Assert.All(forms, form => Assert.DoesNotContain(form, _factory.Log.Text, StringComparison.Ordinal));
        Assert.Contains("POST /api/v1/registrations", _factory.Log.Text, StringComparison.Ordinal); // the capture saw this very request

        SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(_factory.DataDirectory);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = await ReadSharedAsync(file);
            foreach (var form in forms)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) < 0, $"{form} found in {Path.GetFileName(file)} (UTF-8)");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(form)) < 0, $"{form} found in {Path.GetFileName(file)} (UTF-16)");
            }
        }
    }

    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);
        return copy.ToArray();
    }
}
