using System.Globalization;
using System.Text.Json;
using Distanskontakt.Domain.Privacy;

namespace Distanskontakt.RuleSetFiles;

/// <summary>
/// Walks every string of a rule-set file (values and field names) through the personnummer detector. A hit is
/// reported by its JSON path only; a path part that itself holds the number is shown as <c>[dolt]</c>.
/// </summary>
internal static class PersonnummerScan
{
    public const string Hidden = "[dolt]";

    public static List<string> Scan(JsonElement root)
    {
        var problems = new List<string>();
        Walk(root, "$", problems);
        return problems;
    }

    public static string Problem(string path) =>
        $"{path}: innehåller ett personnummer eller samordningsnummer – ta bort det, patientens identitet får inte finnas i filen";

    private static void Walk(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = PersonnummerDetector.ContainsPersonnummer(property.Name) ? Hidden : property.Name;
                    var propertyPath = $"{path}.{name}";
                    if (name == Hidden)
                    {
                        problems.Add(Problem(propertyPath));
                    }

                    Walk(property.Value, propertyPath, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
                    if (path == "$.rules" && RuleId(item) is { } id)
                    {
                        itemPath += $" ({id})";
                    }

                    Walk(item, itemPath, problems);
                }

                break;
            case JsonValueKind.String when PersonnummerDetector.ContainsPersonnummer(element.GetString()):
                problems.Add(Problem(path));
                break;
        }
    }

    /// <summary>The rule's id for naming it in a path, hidden when the id holds the number.</summary>
    public static string? RuleId(JsonElement rule) =>
        rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? PersonnummerDetector.ContainsPersonnummer(id.GetString()) ? Hidden : id.GetString()
            : null;
}
