using System.Text.Json;

namespace Distanskontakt.Cli;

internal static class CliJson
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(TextWriter output, object value) =>
        output.WriteLine(JsonSerializer.Serialize(value, _options));
}
