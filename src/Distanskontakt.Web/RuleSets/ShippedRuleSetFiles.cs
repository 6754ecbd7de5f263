using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Web.RuleSets;

/// <summary>
/// The rule-set files the app starts with: those embedded in the domain assembly, or, when
/// <c>Rules:ShippedDirectory</c> is set, every <c>*.json</c> in that folder instead (an operator's replacement
/// files, and the tests' broken ones). Either way each file is checked before use (see <c>LoadVerifiedCatalog</c>).
/// </summary>
public static class ShippedRuleSetFiles
{
    public const string DirectorySetting = "Rules:ShippedDirectory";

    /// <summary>Each file's name and text, in name order.</summary>
    public static IReadOnlyList<(string Name, string Text)> Read(IConfiguration configuration) =>
        configuration[DirectorySetting] is { Length: > 0 } directory ? FromDirectory(directory) : [.. RuleSetCatalog.EmbeddedFileTexts()];

    private static IReadOnlyList<(string Name, string Text)> FromDirectory(string directory)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new RuleSetFormatException(directory, [$"inga regeluppsättningar (*.json) i mappen som {DirectorySetting} anger"]);
        }

        return [.. files.Select(file => (Path.GetFileName(file), File.ReadAllText(file)))];
    }
}
