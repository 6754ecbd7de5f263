using System.Text.Json;
using FluentValidation;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>
/// The decision request's checks, plus the comment's type: a JSON string or null. What the comment may say (length,
/// no personnummer) is checked by <c>LogDecision</c>, for the API and the wizard alike.
/// </summary>
public sealed class RegistrationRequestValidator : AbstractValidator<RegistrationRequest>
{
    public RegistrationRequestValidator(DecisionRequestValidator decisionRules)
    {
        Include(decisionRules);

        RuleFor(r => r.Field(RegistrationRequest.CommentField))
            .Custom((value, context) =>
            {
                if (value is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
                {
                    context.AddFailure(RegistrationRequest.CommentField, "Kommentaren anges som text eller null.");
                }
            });
    }
}
