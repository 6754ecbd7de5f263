using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Cli;

/// <summary>Reads rule-set files for the commands and builds catalogs of the shipped sets plus the given ones.</summary>
internal static class RuleSetInputs
{
    /// <summary>A path to a file, or the id of a shipped set (e.g. <c>skane-v4</c>). Throws <see cref="RuleSetFormatException"/>.</summary>
    public static RuleSet Load(string fileOrId)
    {
        var (name, text) = Read(fileOrId);
        return RuleSetParser.Parse(text, name);
    }

    /// <summary>The file name and text of a file, or of the shipped file with that id. Throws <see cref="RuleSetFormatException"/>.</summary>
    public static (string Name, string Text) Read(string fileOrId)
    {
        if (File.Exists(fileOrId))
        {
            return (Path.GetFileName(fileOrId), File.ReadAllText(fileOrId));
        }

        return ($"{fileOrId}.json", RuleSetCatalog.EmbeddedFileText(fileOrId)
            ?? throw new RuleSetFormatException(fileOrId, ["filen finns inte och är inget levererat id / file not found and not a shipped id"]));
    }

    /// <summary>The shipped sets a file joins: all but one of the same id, which the file stands in for.</summary>
    public static IEnumerable<RuleSet> ShippedOtherThan(RuleSet set) =>
        RuleSetCatalog.LoadEmbeddedFiles().Where(s => s.Id != set.Id);

    /// <summary>The shipped sets, each replaced by a given set of the same id, plus the other given sets.</summary>
    public static RuleSetCatalog CatalogWith(params RuleSet[] sets)
    {
        var given = sets.DistinctBy(s => s.Id).ToArray();
        var shipped = RuleSetCatalog.LoadEmbeddedFiles().Where(s => !given.Any(g => g.Id == s.Id));
        return new RuleSetCatalog([.. shipped, .. given]);
    }
}
