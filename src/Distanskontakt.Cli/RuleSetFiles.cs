using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Cli;

/// <summary>Reads rule-set files for the commands and builds catalogs of the shipped sets plus the given ones.</summary>
internal static class RuleSetFiles
{
    /// <summary>A path to a file, or the id of a shipped set (e.g. <c>skane-v4</c>). Throws <see cref="RuleSetFormatException"/>.</summary>
    public static RuleSet Load(string fileOrId)
    {
        if (File.Exists(fileOrId))
        {
            return RuleSetParser.Parse(File.ReadAllText(fileOrId), Path.GetFileName(fileOrId));
        }

        return RuleSetCatalog.LoadEmbeddedFiles().FirstOrDefault(s => s.Id == fileOrId)
            ?? throw new RuleSetFormatException(fileOrId, ["filen finns inte och är inget levererat id / file not found and not a shipped id"]);
    }

    /// <summary>The shipped sets, each replaced by a given set of the same id, plus the other given sets.</summary>
    public static RuleSetCatalog CatalogWith(params RuleSet[] sets)
    {
        var given = sets.DistinctBy(s => s.Id).ToArray();
        var shipped = RuleSetCatalog.LoadEmbeddedFiles().Where(s => !given.Any(g => g.Id == s.Id));
        return new RuleSetCatalog([.. shipped, .. given]);
    }
}
