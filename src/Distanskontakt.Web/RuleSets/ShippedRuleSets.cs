using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Web.RuleSets;

/// <summary>
/// The rule-set files the app starts with: those embedded in the domain assembly, or, when
/// <c>Rules:ShippedDirectory</c> is set, every <c>*.json</c> in that folder instead (an operator's replacement
/// files, and the tests' broken ones). Either way each file is parsed strictly and the catalog is proved before use.
/// </summary>
public static class ShippedRuleSets
{
    public const string DirectorySetting = "Rules:ShippedDirectory";

    /// <summary>Throws <see cref="RuleSetFormatException"/> naming the file and the JSON path of each problem.</summary>
    public static IReadOnlyList<RuleSet> Load(IConfiguration configuration) =>
        configuration[DirectorySetting] is { Length: > 0 } directory ? FromDirectory(directory) : [.. RuleSetCatalog.LoadEmbeddedFiles()];

    public static IReadOnlyList<RuleSet> FromDirectory(string directory)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new RuleSetFormatException(directory, [$"inga regeluppsättningar (*.json) i mappen som {DirectorySetting} anger"]);
        }

        return [.. files.Select(file => RuleSetParser.Parse(File.ReadAllText(file), Path.GetFileName(file)))];
    }
}
