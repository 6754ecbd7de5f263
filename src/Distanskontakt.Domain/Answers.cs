using System.Globalization;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain;

/// <summary>
/// The answers given so far (spec §3). Null means "not answered". Immutable: <c>With</c> returns a copy.
/// Every input except the date is kept as a small code (enum index, 0/1 for false/true, -1 unanswered),
/// so that rule conditions compare integers.
/// </summary>
public sealed record Answers
{
    public RegistrationSystem? System { get; init; }
    public DateOnly? ContactDate { get; init; }
    public Channel? Channel { get; init; }
    public bool? Via1177Direkt { get; init; }
    public bool? HandedOverSameUnitSameDay { get; init; }
    public bool? SupportProgram { get; init; }
    public bool? JournalDocumented { get; init; }
    public bool? ReplacesVisit { get; init; }
    public bool? LeadsToVisitSameDaySameUnit { get; init; }

    public static Answers Empty { get; } = new();

    /// <summary>The answer to <paramref name="input"/> as a code: -1 when unanswered (the date is never coded).</summary>
    public int Code(Input input) => input switch
    {
        Input.System => System is { } s ? (int)s : -1,
        Input.ContactDate => ContactDate is null ? -1 : 0,
        Input.Channel => Channel is { } c ? (int)c : -1,
        Input.Via1177Direkt => Code(Via1177Direkt),
        Input.HandedOverSameUnitSameDay => Code(HandedOverSameUnitSameDay),
        Input.SupportProgram => Code(SupportProgram),
        Input.JournalDocumented => Code(JournalDocumented),
        Input.ReplacesVisit => Code(ReplacesVisit),
        Input.LeadsToVisitSameDaySameUnit => Code(LeadsToVisitSameDaySameUnit),
    };

    public bool IsAnswered(Input input) => Code(input) >= 0;

    /// <summary>Sets one input from its code (-1 clears it). The date cannot be set this way.</summary>
    public Answers WithCode(Input input, int code) => input switch
    {
        Input.System => this with { System = code < 0 ? null : (RegistrationSystem)code },
        Input.ContactDate => throw new ArgumentException("The contact date is not coded.", nameof(input)),
        Input.Channel => this with { Channel = code < 0 ? null : (Channel)code },
        Input.Via1177Direkt => this with { Via1177Direkt = Bool(code) },
        Input.HandedOverSameUnitSameDay => this with { HandedOverSameUnitSameDay = Bool(code) },
        Input.SupportProgram => this with { SupportProgram = Bool(code) },
        Input.JournalDocumented => this with { JournalDocumented = Bool(code) },
        Input.ReplacesVisit => this with { ReplacesVisit = Bool(code) },
        Input.LeadsToVisitSameDaySameUnit => this with { LeadsToVisitSameDaySameUnit = Bool(code) },
    };

    /// <summary>
    /// Sets one input from its wire value as the API and URLs spell it ("pmo", "phone", "true",
    /// "2025-06-02"). False when the value is not one of the input's values.
    /// </summary>
    public bool TryWith(Input input, string? wireValue, out Answers result)
    {
        result = this;
        if (input == Input.ContactDate)
        {
            if (!DateOnly.TryParseExact(wireValue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return false;
            }

            result = this with { ContactDate = date };
            return true;
        }

        if (!WireNames.TryParseCode(input, wireValue, out var code))
        {
            return false;
        }

        result = WithCode(input, code);
        return true;
    }

    /// <summary>The wire value of an answer ("pmo", "true", "2025-06-02"), or null when unanswered.</summary>
    public string? WireValue(Input input) => input switch
    {
        Input.ContactDate => ContactDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Input.System => System is { } s ? WireNames.Of(s) : null,
        Input.Channel => Channel is { } c ? WireNames.Of(c) : null,
        _ => Code(input) switch
        {
            < 0 => null,
            0 => "false",
            _ => "true",
        },
    };

    /// <summary>Removes an answer (the date included).</summary>
    public Answers Without(Input input) =>
        input == Input.ContactDate ? this with { ContactDate = null } : WithCode(input, -1);

    private static int Code(bool? value) => value switch
    {
        null => -1,
        false => 0,
        true => 1,
    };

    private static bool? Bool(int code) => code < 0 ? null : code != 0;
}
