using System.Globalization;
using Distanskontakt.Domain.RuleSets;

namespace Distanskontakt.Cli;

/// <summary>
/// <c>verify &lt;file&gt;</c>: parses the file, puts it in a catalog with the shipped sets (replacing a shipped set of
/// the same id) and runs the exhaustive proof. Exit 0 when valid, 1 when not (parse errors included).
/// </summary>
public static class VerifyCommand
{
    public static int Run(string file, bool json, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RuleSet set;
        VerificationReport report;
        try
        {
            set = RuleSetFiles.Load(file);
            report = RuleSetVerifier.Verify(RuleSetFiles.CatalogWith(set));
        }
        catch (RuleSetFormatException e)
        {
            WriteRefused(file, e.Problems, json, output);
            return CliApp.Refused;
        }

        if (json)
        {
            CliJson.Write(output, new
            {
                file,
                id = set.Id,
                version = set.Version,
                validFrom = set.ValidFrom,
                validTo = set.ValidTo,
                supersedes = set.Supersedes,
                valid = report.IsValid,
                pathsChecked = report.PathsChecked,
                offPathVariantsChecked = report.OffPathVariantsChecked,
                problems = report.Problems,
            });
        }
        else
        {
            output.WriteLine($"Fil / File: {file}");
            output.WriteLine($"Id: {set.Id} (version {set.Version}, {set.Region})");
            output.WriteLine($"Giltighet / Validity: {Day(set.ValidFrom)} – {Day(set.ValidTo)}"
                + (set.Supersedes is { } s ? $", ersätter / supersedes {s}" : ""));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Svarsvägar kontrollerade / Paths checked: {report.PathsChecked} (varianter utanför vägen / off-path variants: {report.OffPathVariantsChecked})"));
            foreach (var problem in report.Problems)
            {
                output.WriteLine($"  PROBLEM: {problem}");
            }

            output.WriteLine(report.IsValid
                ? "Resultat / Result: GODKÄND / VALID"
                : string.Create(CultureInfo.InvariantCulture, $"Resultat / Result: UNDERKÄND / INVALID ({report.Problems.Count} problem)"));
        }

        return report.IsValid ? CliApp.Ok : CliApp.Refused;
    }

    internal static void WriteRefused(string file, IReadOnlyList<string> problems, bool json, TextWriter output)
    {
        if (json)
        {
            CliJson.Write(output, new { file, valid = false, problems });
            return;
        }

        output.WriteLine($"Fil / File: {file}");
        output.WriteLine("Filen kan inte läsas / The file cannot be read:");
        foreach (var problem in problems)
        {
            output.WriteLine($"  PROBLEM: {problem}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Resultat / Result: UNDERKÄND / INVALID ({problems.Count} problem)"));
    }

    private static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
