using System.Globalization;

namespace Distanskontakt.E2E.Tests.Scenarios;

/// <summary>One question of the wizard and the option chosen, in the UI's own Swedish words.</summary>
public sealed record Step(string Question, string Answer, string Parameter, string Value);

/// <summary>
/// A case from the sources (the id is the one in <c>scenarios.json</c>), as a nurse would click through it:
/// system and date, then each question the flow asks, then what the result card must say.
/// </summary>
public sealed record WizardScenario(
    string Id,
    string System,
    string SystemLabel,
    DateOnly ContactDate,
    IReadOnlyList<Step> Steps,
    ExpectedResult Expected)
{
    /// <summary>The answers as the URL must hold them (spec §3 names, API values), in asking order.</summary>
    public IReadOnlyDictionary<string, string> Query =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["system"] = System,
            ["contactDate"] = ContactDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }.Concat(Steps.Select(s => KeyValuePair.Create(s.Parameter, s.Value)))
         .ToDictionary(StringComparer.Ordinal);

    /// <summary>A shareable link to this case, as the wizard writes it.</summary>
    public string Url => "registrera?" + string.Join("&", Query.Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));

    public override string ToString() => Id;
}

/// <summary>
/// What the result card shows: the heading (vårdkontakt name, PASiS code and name, or a "no registration" text),
/// a registration text when it is not a plain "register", and the obligations' texts that must be listed.
/// </summary>
public sealed record ExpectedResult(
    string ContactType,
    string? Code,
    string? Registration,
    IReadOnlyList<string> Obligations,
    IReadOnlyList<string> Sections);
