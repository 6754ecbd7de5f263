using System.Text.Json;
using Distanskontakt.Domain.Halland;
using FluentValidation;
using FluentValidation.Results;

namespace Distanskontakt.Web.Api.Halland;

/// <summary>Swedish messages keyed by the exact field name, like the decision API's; a value is never echoed back.</summary>
public sealed class HallandAssessmentRequestValidator : AbstractValidator<HallandAssessmentRequest>
{
    public HallandAssessmentRequestValidator(HallandAssessmentEngine engine)
    {
        var names = engine.QuestionNames;
        RuleFor(r => r).Custom((request, context) =>
        {
            foreach (var name in request.Fields.Keys.Where(k => !names.Contains(k, StringComparer.Ordinal)))
            {
                context.AddFailure(new ValidationFailure(name, $"Okänt fält. Tillåtna fält: {string.Join(", ", names)}."));
            }

            foreach (var name in request.DuplicateFields.Distinct(StringComparer.Ordinal))
            {
                context.AddFailure(new ValidationFailure(name, "Fältet förekommer mer än en gång."));
            }
        });

        RuleFor(r => r.Field(HallandWireNames.Channel))
            .Must(v => IsOneOf(v, engine.ValuesOf(HallandWireNames.Channel)))
            .OverridePropertyName(HallandWireNames.Channel)
            .WithMessage($"Okänt kommunikationssätt. Tillåtna värden: {string.Join(", ", engine.ValuesOf(HallandWireNames.Channel))}.");

        RuleFor(r => r).Custom((request, context) =>
        {
            var from = request.Field(HallandWireNames.SwitchedFrom);
            if (!IsOneOf(from, engine.ValuesOf(HallandWireNames.SwitchedFrom)))
            {
                context.AddFailure(HallandWireNames.SwitchedFrom,
                    $"Okänt värde. Tillåtna värden: {string.Join(", ", engine.ValuesOf(HallandWireNames.SwitchedFrom))}.");
            }
            else if (from is { } value && request.Field(HallandWireNames.Channel) is { ValueKind: JsonValueKind.String } channel
                && value.GetString() == channel.GetString())
            {
                context.AddFailure(HallandWireNames.SwitchedFrom,
                    "Kontakten kan inte ha bytts från samma kommunikationssätt som den sker i (channel). Ange none om den inte bytts.");
            }
        });

        foreach (var name in names.Where(n => n is not HallandWireNames.Channel and not HallandWireNames.SwitchedFrom))
        {
            RuleFor(r => r.Field(name))
                .Must(v => v is null || v.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                .OverridePropertyName(name)
                .WithMessage("Svaret anges som true (ja), false (nej) eller null (inte besvarat).");
        }
    }

    private static bool IsOneOf(JsonElement? value, IReadOnlyList<string> allowed) =>
        value is null || (value.Value.ValueKind == JsonValueKind.String && allowed.Contains(value.Value.GetString(), StringComparer.Ordinal));
}
