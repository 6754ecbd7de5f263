using System.Globalization;
using System.Text.Json;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Questions;
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

        foreach (var input in Inputs.All)
        {
            var name = input.Name;
            switch (input.Type)
            {
                case AnswerType.Choice:
                    RuleFor(r => r.Field(name))
                        .Must(v => BeOneOf(input, v))
                        .OverridePropertyName(name)
                        .WithMessage($"{input.UnknownValueText}. Tillåtna värden: {string.Join(", ", input.Options.Select(o => o.Value))}.");
                    break;
                case AnswerType.YesNo:
                    RuleFor(r => r.Field(name))
                        .Must(v => v is null || v.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                        .OverridePropertyName(name)
                        .WithMessage("Svaret anges som true (ja), false (nej) eller null (inte besvarat).");
                    break;
                case AnswerType.Date:
                    RuleFor(r => r.Field(name)).Custom((value, context) => CheckDate(name, value, context, engine.Today));
                    break;
            }
        }
    }

    private static void CheckDate(string name, JsonElement? value, ValidationContext<DecisionRequest> context, DateOnly today)
    {
        if (value is null)
        {
            return;
        }

        var error = value.Value.ValueKind == JsonValueKind.String
            ? ContactDateText.Check(value.Value.GetString(), today, out _)
            : ContactDateText.InvalidMessage;
        if (error is not null)
        {
            context.AddFailure(name, error);
        }
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

    private static bool BeOneOf(InputDescriptor input, JsonElement? value) =>
        value is null || (value.Value.ValueKind == JsonValueKind.String && input.TryParseCode(value.Value.GetString(), out _));
}
