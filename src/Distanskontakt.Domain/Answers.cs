using System.Globalization;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain;

/// <summary>
/// The answers given so far (docs/domain.md §3). Null means "not answered". Immutable: <c>With</c> returns a copy.
/// Every input except the date is kept as a small code (its option's index, 0/1 for false/true, -1 unanswered) in
/// one packed <see cref="AnswerCodes"/>, so that rule conditions compare integers and a new input needs no new
/// field here. The typed properties are a convenience over the codes.
/// </summary>
public sealed record Answers
{
    private AnswerCodes _codes;

    public Answers()
    {
    }

    private Answers(AnswerCodes codes, DateOnly? contactDate)
    {
        _codes = codes.With(Input.ContactDate, -1);
        ContactDate = contactDate;
    }

    public RegistrationSystem? System
    {
        get => _codes[Input.System] is var code and >= 0 ? (RegistrationSystem)code : null;
        init => _codes = _codes.With(Input.System, value is { } v ? (int)v : -1);
    }

    public DateOnly? ContactDate { get; init; }

    public Channel? Channel
    {
        get => _codes[Input.Channel] is var code and >= 0 ? (Channel)code : null;
        init => _codes = _codes.With(Input.Channel, value is { } v ? (int)v : -1);
    }

    public bool? Via1177Direkt { get => Bool(Input.Via1177Direkt); init => SetBool(Input.Via1177Direkt, value); }

    public bool? HandedOverSameUnitSameDay { get => Bool(Input.HandedOverSameUnitSameDay); init => SetBool(Input.HandedOverSameUnitSameDay, value); }

    public bool? SupportProgram { get => Bool(Input.SupportProgram); init => SetBool(Input.SupportProgram, value); }

    public bool? JournalDocumented { get => Bool(Input.JournalDocumented); init => SetBool(Input.JournalDocumented, value); }

    public bool? ReplacesVisit { get => Bool(Input.ReplacesVisit); init => SetBool(Input.ReplacesVisit, value); }

    public bool? LeadsToVisitSameDaySameUnit { get => Bool(Input.LeadsToVisitSameDaySameUnit); init => SetBool(Input.LeadsToVisitSameDaySameUnit, value); }

    public static Answers Empty { get; } = new();

    /// <summary>The coded answers with the contact date (answers come back from codes, e.g. the on-path ones).</summary>
    public static Answers From(AnswerCodes codes, DateOnly? contactDate) => new(codes, contactDate);

    /// <summary>The answer to <paramref name="input"/> as a code: -1 when unanswered (the date is never coded).</summary>
    public int Code(Input input) => input == Input.ContactDate ? (ContactDate is null ? -1 : 0) : _codes[input];

    public bool IsAnswered(Input input) => Code(input) >= 0;

    /// <summary>Sets one input from its code (-1 clears it). The date cannot be set this way.</summary>
    public Answers WithCode(Input input, int code) => input == Input.ContactDate
        ? throw new ArgumentException("The contact date is not coded.", nameof(input))
        : this with { _codes = _codes.With(input, code < 0 ? -1 : code) };

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

        if (!Inputs.Of(input).TryParseCode(wireValue, out var code))
        {
            return false;
        }

        result = WithCode(input, code);
        return true;
    }

    /// <summary>The wire value of an answer ("pmo", "true", "2025-06-02"), or null when unanswered.</summary>
    public string? WireValue(Input input) => input == Input.ContactDate
        ? ContactDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Inputs.Of(input).WireValueOf(_codes[input]);

    /// <summary>Removes an answer (the date included).</summary>
    public Answers Without(Input input) =>
        input == Input.ContactDate ? this with { ContactDate = null } : WithCode(input, -1);

    private bool? Bool(Input input) => _codes[input] is var code and >= 0 ? code != 0 : null;

    private void SetBool(Input input, bool? value) => _codes = _codes.With(input, value switch
    {
        null => -1,
        false => 0,
        true => 1,
    });
}
