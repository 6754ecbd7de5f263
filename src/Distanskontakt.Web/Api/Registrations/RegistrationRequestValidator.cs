using System.Text.Json;
using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Infrastructure.Operations;
using FluentValidation;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>
/// The decision request's checks, plus the comment: a string of at most 200 characters without a personnummer.
/// The messages never repeat the comment.
/// </summary>
public sealed class RegistrationRequestValidator : AbstractValidator<RegistrationRequest>
{
    public RegistrationRequestValidator(DecisionRequestValidator decisionRules, AppMetrics? metrics = null)
    {
        Include(decisionRules);

        RuleFor(r => r.Field(RegistrationRequest.CommentField))
            .Custom((value, context) =>
            {
                if (value is null)
                {
                    return;
                }

                if (value.Value.ValueKind != JsonValueKind.String)
                {
                    context.AddFailure(RegistrationRequest.CommentField, "Kommentaren anges som text eller null.");
                    return;
                }

                var text = value.Value.GetString()!.Trim();
                if (text.Length > RegistrationLogLimits.CommentMaxLength)
                {
                    context.AddFailure(RegistrationRequest.CommentField, $"Kommentaren får vara högst {RegistrationLogLimits.CommentMaxLength} tecken.");
                }
                else if (PersonnummerDetector.ContainsPersonnummer(text))
                {
                    context.AddFailure(RegistrationRequest.CommentField, PersonnummerDetector.RefusalMessage);
                    metrics?.PersonnummerRefused(AppMetrics.FromApi);
                }
            });
    }
}
