using System.Text.Json.Nodes;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Web.RuleSets;
using Distanskontakt.Web.Tests.Hosting;

namespace Distanskontakt.Web.Tests.Faults;

/// <summary>
/// Issue 7, faults: a broken shipped rule-set file stops start-up with a message naming the file and the place
/// (JSON path or answer path), and no request is served. The shipped files are copied to a folder given as
/// <c>Rules:ShippedDirectory</c>, one of them broken.
/// </summary>
public sealed class BrokenShippedRuleSetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dk-shipped-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ShouldStartWithTheShippedFilesCopiedToTheFolder()
    {
        WriteShipped();

        await using var app = ShippedFolderApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/v1/rulesets", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public void ShouldRefuseToStartWhenARuleLacksAFieldNamingTheFileAndTheJsonPath()
    {
        WriteShipped(set => set["rules"]![0]!.AsObject().Remove("id"));

        var message = StartUpFailure();

        Assert.Contains("skane-v4.json", message, StringComparison.Ordinal);
        Assert.Contains("$.rules[0].id: saknas", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseToStartWhenAnAnswerPathHasNoOutcomeNamingTheFileAndThePath()
    {
        // v4-egen-hand is the only rule for a patient acting on their own.
        WriteShipped(set => Rules(set).Remove(Rules(set).Single(r => (string?)r!["id"] == "v4-egen-hand")));

        var message = StartUpFailure();

        Assert.Contains("skane-v4.json", message, StringComparison.Ordinal);
        Assert.Contains("channel=patientSelfService", message, StringComparison.Ordinal);
        Assert.Contains("saknar utfall för denna svarsväg", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldRefuseToStartWhenOnePathHasTwoOutcomesNamingTheFileThePathAndBothRules()
    {
        WriteShipped(set =>
        {
            var copy = Rules(set).Single(r => (string?)r!["id"] == "v4-pasis-vs")!.DeepClone().AsObject();
            copy["id"] = "v4-pasis-vs-dubblett";
            copy["decide"]!["name"] = "Video (dubblett)";
            Rules(set).Add(copy);
        });

        var message = StartUpFailure();

        Assert.Contains("skane-v4.json", message, StringComparison.Ordinal);
        Assert.Contains("system=pasis", message, StringComparison.Ordinal);
        Assert.Contains("channel=video", message, StringComparison.Ordinal);
        Assert.Contains("flera utfall för samma svarsväg: v4-pasis-vs, v4-pasis-vs-dubblett", message, StringComparison.Ordinal);
    }

    /// <summary>Starting the app throws before the host starts; the failure's messages, outermost first.</summary>
    private string StartUpFailure()
    {
        using var app = ShippedFolderApp();
        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var messages = new List<string>();
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        // The host's start migrates the database first: no file means the host never started, so nothing listened.
        Assert.False(File.Exists(app.DatabaseFile));
        return string.Join(" | ", messages);
    }

    private static JsonArray Rules(JsonObject set) => set["rules"]!.AsArray();

    /// <summary>Copies every shipped file to the folder; <paramref name="breakV4"/> changes skane-v4 first.</summary>
    private void WriteShipped(Action<JsonObject>? breakV4 = null)
    {
        foreach (var (file, text) in RuleSetCatalog.EmbeddedFileTexts())
        {
            var set = JsonNode.Parse(text)!.AsObject();
            if (file == "skane-v4.json")
            {
                breakV4?.Invoke(set);
            }

            File.WriteAllText(Path.Combine(_directory, file), set.ToJsonString());
        }
    }

    /// <summary>The real app reading its shipped rule sets from the folder.</summary>
    private TestApp ShippedFolderApp() =>
        new(new() { Settings = new Dictionary<string, string?> { [ShippedRuleSetFiles.DirectorySetting] = _directory } });
}
