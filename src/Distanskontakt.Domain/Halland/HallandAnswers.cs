using System.Collections.Immutable;

namespace Distanskontakt.Domain.Halland;

/// <summary>
/// The answers to a Halland assessment so far, by question name ("channel", a condition id such as
/// "ersatterBesok", "switchedFrom", "patientUnder13") with their wire values ("video", "true", "none").
/// Immutable; a missing name means "not answered". Values are checked by <see cref="HallandAssessmentEngine.TryWith"/>.
/// </summary>
public sealed class HallandAnswers : IEquatable<HallandAnswers>
{
    private readonly ImmutableSortedDictionary<string, string> _values;

    private HallandAnswers(ImmutableSortedDictionary<string, string> values) => _values = values;

    public static HallandAnswers Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, string> Values => _values;

    public int Count => _values.Count;

    public string? this[string name] => _values.GetValueOrDefault(name);

    public HallandChannel? Channel =>
        HallandWireNames.TryParseChannel(this[HallandWireNames.Channel], out var channel) ? channel : null;

    public bool IsAnswered(string name) => _values.ContainsKey(name);

    /// <summary>The yes/no answer to a question, or null when it is unanswered.</summary>
    public bool? YesNo(string name) => this[name] switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public HallandAnswers With(string name, string value) => new(_values.SetItem(name, value));

    public HallandAnswers With(string name, bool value) => With(name, value ? "true" : "false");

    public HallandAnswers With(HallandChannel channel) => With(HallandWireNames.Channel, HallandWireNames.Of(channel));

    public HallandAnswers Without(string name) => new(_values.Remove(name));

    public bool Equals(HallandAnswers? other) =>
        other is not null && _values.Count == other._values.Count
        && _values.All(pair => other._values.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override bool Equals(object? obj) => Equals(obj as HallandAnswers);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (name, value) in _values)
        {
            hash.Add(name);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(" ", _values.Select(p => $"{p.Key}={p.Value}"));
}
