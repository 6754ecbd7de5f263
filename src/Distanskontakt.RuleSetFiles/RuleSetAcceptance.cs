using System.Globalization;
using System.Text.Json;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;

namespace Distanskontakt.RuleSetFiles;

/// <summary>
/// Decides whether a rule-set file may join a catalog (issue 8): size, personnummer in any string, the JSON Schema,
/// the strict parser, the interpretation register's quotes against the source texts, the date check of the catalog it would join, and the exhaustive proof over that catalog.
/// Each stage runs only when the earlier ones passed, so a problem is reported once, by the stage that explains it best.
/// </summary>
public static class RuleSetAcceptance
{
    /// <summary>Checks <paramref name="content"/> as a new member of <paramref name="catalog"/>.</summary>
    public static RuleSetAcceptanceResult Check(string fileName, string content, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Check(fileName, content, _ => catalog.All);
    }

    /// <summary>
    /// Checks <paramref name="content"/> joined with the sets <paramref name="others"/> gives for the parsed candidate
    /// (the command line leaves out a shipped set of the same id, so a shipped file can be checked against the rest).
    /// </summary>
    public static RuleSetAcceptanceResult Check(string fileName, string content, Func<RuleSet, IEnumerable<RuleSet>> others)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(others);
        var sha256 = RuleSetFileHash.Of(content);
        RuleSetAcceptanceResult Refused(IReadOnlyList<string> problems) => new(sha256, null, null, null, problems);

        if (content.Length > RuleSetFileLimits.ContentMaxLength)
        {
            return Refused([string.Create(CultureInfo.InvariantCulture,
                $"filen är för stor ({content.Length} tecken, högst {RuleSetFileLimits.ContentMaxLength})")]);
        }

        var privacy = PersonnummerProblems(fileName, content, out var unreadable);
        if (unreadable is not null || privacy.Count > 0)
        {
            // Later stages quote values; with a personnummer in the file nothing but its place is shown.
            return Refused(unreadable is null ? privacy : [.. privacy, unreadable]);
        }

        var schemaProblems = RuleSetSchema.Validate(content);
        if (schemaProblems.Count > 0)
        {
            return Refused(schemaProblems);
        }

        RuleSet candidate;
        try
        {
            candidate = RuleSetParser.Parse(content, fileName);
        }
        catch (RuleSetFormatException e)
        {
            return Refused(e.Problems);
        }

        if (InterpretationRegister.QuoteProblems(candidate, SourceTextCatalog.Shipped) is { Count: > 0 } misquoted)
        {
            return Refused(misquoted);
        }

        return CheckJoin(sha256, candidate, others(candidate));
    }

    /// <summary>
    /// The date check and the exhaustive proof alone, for a set whose text already passed the earlier stages (a stored
    /// file whose hash is unchanged, checked again against the sets it now joins).
    /// </summary>
    public static RuleSetAcceptanceResult CheckJoin(string sha256, RuleSet candidate, IEnumerable<RuleSet> others)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(others);
        RuleSetCatalog joined;
        try
        {
            joined = new RuleSetCatalog([.. others.Where(s => !ReferenceEquals(s, candidate)), candidate]);
        }
        catch (RuleSetFormatException e)
        {
            return new RuleSetAcceptanceResult(sha256, candidate, null, null, e.Problems);
        }

        var report = RuleSetVerifier.Verify(joined);
        return new RuleSetAcceptanceResult(sha256, candidate, report.IsValid ? joined : null, report, report.Problems);
    }

    /// <summary>Personnummer in the file name or in any string of the file; a file that is no JSON at all is one problem.</summary>
    private static List<string> PersonnummerProblems(string fileName, string content, out string? unreadable)
    {
        unreadable = null;
        var problems = new List<string>();
        if (PersonnummerDetector.ContainsPersonnummer(fileName))
        {
            problems.Add("filnamnet innehåller ett personnummer eller samordningsnummer – byt namn på filen");
        }

        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            problems.AddRange(PersonnummerScan.Scan(document.RootElement));
        }
        catch (JsonException e)
        {
            // JSON that cannot be read is never quoted, only located.
            unreadable = string.Create(CultureInfo.InvariantCulture,
                $"ogiltig JSON (rad {e.LineNumber + 1}, position {e.BytePositionInLine + 1})");
        }

        return problems;
    }
}
