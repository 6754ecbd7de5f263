using System.Text.Json.Nodes;
using Distanskontakt.Cli;

namespace Distanskontakt.Cli.Tests;

/// <summary>The shipped rule-set files, fixtures written to temp files, and an in-process command runner.</summary>
internal static class CliFixtures
{
    public static string RuleSetsDirectory { get; } = FindRuleSetsDirectory();

    public static string Shipped(string id) => Path.Combine(RuleSetsDirectory, id + ".json");

    public static JsonObject ReadShipped(string id) => JsonNode.Parse(File.ReadAllText(Shipped(id)))!.AsObject();

    public static JsonObject Rule(JsonObject set, string id) =>
        set["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);

    /// <summary>Writes a fixture to a fresh temp file, named after its id, and returns the path.</summary>
    public static string Write(JsonObject set)
    {
        var directory = Directory.CreateTempSubdirectory("distanskontakt-cli-");
        var path = Path.Combine(directory.FullName, $"{(string?)set["id"]}.json");
        File.WriteAllText(path, set.ToJsonString());
        return path;
    }

    public static (int ExitCode, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = CliApp.Run(args, output);
        return (code, output.ToString());
    }

    private static string FindRuleSetsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Distanskontakt.Domain", "RuleSets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/Distanskontakt.Domain/RuleSets hittades inte.");
    }
}
