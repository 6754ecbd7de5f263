using System.Globalization;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Cli;

/// <summary>
/// <c>diff &lt;old&gt; &lt;new&gt;</c>: the answer paths whose outcome differs between two sets (files or shipped ids),
/// old and new side by side, grouped by kind of change with a count per kind. Exit 0; 1 when a file cannot be used.
/// </summary>
public static class DiffCommand
{
    public static int Run(string oldFile, string newFile, bool json, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RuleSetDiffReport diff;
        try
        {
            var oldSet = RuleSetInputs.Load(oldFile);
            var newSet = RuleSetInputs.Load(newFile);
            diff = RuleSetDiff.Compare(RuleSetInputs.CatalogWith(oldSet, newSet), oldSet.Id, newSet.Id);
        }
        catch (RuleSetFormatException e)
        {
            VerifyCommand.WriteRefused(e.SourceName, e.Problems, json, output);
            return CliApp.Refused;
        }
        catch (ArgumentException e)
        {
            VerifyCommand.WriteRefused($"{oldFile} → {newFile}", [e.Message], json, output);
            return CliApp.Refused;
        }

        if (json)
        {
            CliJson.Write(output, new
            {
                oldId = diff.OldId,
                newId = diff.NewId,
                oldDate = diff.OldDate,
                newDate = diff.NewDate,
                pathsCompared = diff.PathsCompared,
                pathsChanged = diff.Changes.Count,
                counts = diff.Counts,
                groups = diff.ByKind,
            });
            return CliApp.Ok;
        }

        output.WriteLine($"Jämförelse / Diff: {diff.OldId} ({Day(diff.OldDate)}) → {diff.NewId} ({Day(diff.NewDate)})");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Svarsvägar jämförda / Paths compared: {diff.PathsCompared}; ändrade / changed: {diff.Changes.Count}"));
        foreach (var (kind, changes) in diff.ByKind)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind}: {changes.Count}"));
        }

        foreach (var (kind, changes) in diff.ByKind.Where(g => g.Value.Count > 0))
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {kind} ({changes.Count}) =="));
            foreach (var change in changes)
            {
                output.WriteLine($"  {change.Path}");
                output.WriteLine($"    före / old: {change.Old}");
                output.WriteLine($"    efter / new: {change.New}");
                if (kind == RuleSetChangeKind.Notes)
                {
                    output.WriteLine($"    anteckningar före / old notes: {string.Join(" / ", change.Old.Notes)}");
                    output.WriteLine($"    anteckningar efter / new notes: {string.Join(" / ", change.New.Notes)}");
                }
            }
        }

        return CliApp.Ok;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
