using System.Globalization;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.RuleSetFiles;

namespace Distanskontakt.Cli;

/// <summary>
/// <c>verify &lt;file&gt;</c>: the acceptance an upload gets (schema, personnummer, parser, date check and the exhaustive
/// proof), against the shipped sets with the file standing in for a shipped set of the same id.
/// Exit 0 when accepted, 1 when not.
/// </summary>
public static class VerifyCommand
{
    public static int Run(string file, bool json, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RuleSetAcceptanceResult result;
        try
        {
            var (name, text) = RuleSetInputs.Read(file);
            result = RuleSetAcceptance.Check(name, text, RuleSetInputs.ShippedOtherThan);
        }
        catch (RuleSetFormatException e)
        {
            WriteRefused(file, e.Problems, json, output);
            return CliApp.Refused;
        }
        catch (IOException e)
        {
            WriteRefused(file, [e.Message], json, output);
            return CliApp.Refused;
        }

        if (result.Candidate is not { } set)
        {
            WriteRefused(file, result.Problems, json, output);
            return CliApp.Refused;
        }

        var paths = result.Report?.PathsChecked ?? 0;
        var variants = result.Report?.OffPathVariantsChecked ?? 0;
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
                sha256 = result.Sha256,
                valid = result.IsAccepted,
                pathsChecked = paths,
                offPathVariantsChecked = variants,
                problems = result.Problems,
            });
        }
        else
        {
            output.WriteLine($"Fil / File: {file}");
            output.WriteLine($"Id: {set.Id} (version {set.Version}, {set.Region})");
            output.WriteLine($"Giltighet / Validity: {Day(set.ValidFrom)} – {Day(set.ValidTo)}"
                + (set.Supersedes is { } s ? $", ersätter / supersedes {s}" : ""));
            output.WriteLine($"SHA-256: {result.Sha256}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Svarsvägar kontrollerade / Paths checked: {paths} (varianter utanför vägen / off-path variants: {variants})"));
            foreach (var problem in result.Problems)
            {
                output.WriteLine($"  PROBLEM: {problem}");
            }

            output.WriteLine(result.IsAccepted
                ? "Resultat / Result: GODKÄND / VALID"
                : string.Create(CultureInfo.InvariantCulture, $"Resultat / Result: UNDERKÄND / INVALID ({result.Problems.Count} problem)"));
        }

        return result.IsAccepted ? CliApp.Ok : CliApp.Refused;
    }

    internal static void WriteRefused(string file, IReadOnlyList<string> problems, bool json, TextWriter output)
    {
        if (json)
        {
            CliJson.Write(output, new { file, valid = false, problems });
            return;
        }

        output.WriteLine($"Fil / File: {file}");
        output.WriteLine("Filen kan inte användas / The file cannot be used:");
        foreach (var problem in problems)
        {
            output.WriteLine($"  PROBLEM: {problem}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Resultat / Result: UNDERKÄND / INVALID ({problems.Count} problem)"));
    }

    private static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
