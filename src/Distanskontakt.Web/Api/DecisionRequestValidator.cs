using System.Globalization;
using System.Text.Json;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Vocabulary;
using FluentValidation;
using FluentValidation.Results;

namespace Distanskontakt.Web.Api;

/// <summary>
/// Swedish messages keyed by the exact input name. A value is never echoed back (it might be long, or hold
/// text that must not travel further).
/// </summary>
public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    private static readonly string[] _yesNoFields =
        [.. new[] { Input.Via1177Direkt, Input.HandedOverSameUnitSameDay, Input.SupportProgram, Input.JournalDocumented, Input.ReplacesVisit, Input.LeadsToVisitSameDaySameUnit }
            .Select(WireNames.Of)];

    public DecisionRequestValidator(DecisionEngine engine)
    {
        RuleFor(r => r).Custom((request, context) =>
        {
            foreach (var name in request.UnknownFields)
            {
                context.AddFailure(new ValidationFailure(name, $"Okänt fält. Tillåtna fält: {string.Join(", ", request.AllowedFields)}."));
            }

            foreach (var name in request.DuplicateFields.Distinct(StringComparer.Ordinal))
            {
                context.AddFailure(new ValidationFailure(name, "Fältet förekommer mer än en gång."));
            }
        });

        RuleFor(r => r.Field("system"))
            .Must(BeOneOf<RegistrationSystem>)
            .OverridePropertyName("system")
            .WithMessage($"Okänt system. Tillåtna värden: {string.Join(", ", WireNames.All<RegistrationSystem>())}.");

        RuleFor(r => r.Field("channel"))
            .Must(BeOneOf<Channel>)
            .OverridePropertyName("channel")
            .WithMessage($"Okänd kanal. Tillåtna värden: {string.Join(", ", WireNames.All<Channel>())}.");

        foreach (var name in _yesNoFields)
        {
            RuleFor(r => r.Field(name))
                .Must(v => v is null || v.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                .OverridePropertyName(name)
                .WithMessage("Svaret anges som true (ja), false (nej) eller null (inte besvarat).");
        }

        RuleFor(r => r.Field("contactDate"))
            .Custom((value, context) =>
            {
                if (value is null)
                {
                    return;
                }

                if (value.Value.ValueKind != JsonValueKind.String
                    || !TryParseDate(value.Value.GetString(), out var date))
                {
                    context.AddFailure("contactDate", "Ogiltigt datum. Ange ett datum som finns, på formen ÅÅÅÅ-MM-DD.");
                    return;
                }

                var today = engine.Today;
                if (date > today)
                {
                    context.AddFailure("contactDate", string.Create(CultureInfo.InvariantCulture,
                        $"Kontaktdatum kan inte ligga i framtiden (dagens datum är {today:yyyy-MM-dd})."));
                }
            });
    }

    /// <summary>
    /// <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant)</c>, with a direct path for the usual ten ASCII
    /// characters (the general parser was the largest single cost of a decision); any other text takes the general parser.
    /// </summary>
    internal static bool TryParseDate(string? text, out DateOnly date)
    {
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day))
        {
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                return true;
            }

            date = default;
            return false;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        static bool TryDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = text[i] - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                value = (value * 10) + digit;
            }

            return true;
        }
    }

    private static bool BeOneOf<TEnum>(JsonElement? value) where TEnum : struct, Enum =>
        value is null || (value.Value.ValueKind == JsonValueKind.String && WireNames.TryParse<TEnum>(value.Value.GetString(), out _));
}
