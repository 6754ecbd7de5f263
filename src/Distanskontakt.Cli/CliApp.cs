namespace Distanskontakt.Cli;

/// <summary>Dispatches the command line: <c>verify &lt;file&gt; [--json]</c> or <c>diff &lt;old&gt; &lt;new&gt; [--json]</c>.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int WrongUsage = 2;

    public const string Usage =
        "Användning / Usage: distanskontakt verify <fil|file> [--json] | distanskontakt diff <gammal|old> <ny|new> [--json]  (fil eller levererat id, t.ex. skane-v4 / file or shipped id)";

    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var json = args.Contains("--json", StringComparer.Ordinal);
        var rest = args.Where(a => a != "--json").ToArray();
        if (rest.Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            return UsageError(output);
        }

        return rest switch
        {
            ["verify", var file] => VerifyCommand.Run(file, json, output),
            ["diff", var oldFile, var newFile] => DiffCommand.Run(oldFile, newFile, json, output),
            _ => UsageError(output),
        };
    }

    private static int UsageError(TextWriter output)
    {
        output.WriteLine(Usage);
        return WrongUsage;
    }
}
