using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Distanskontakt.Web.Api;

/// <summary>The API's problem answers: the Swedish 400 keyed by input name, and the other statuses with a title and detail.</summary>
public static class ApiProblems
{
    public const string InvalidRequestTitle = "Ogiltig förfrågan";

    /// <summary>The Swedish 400 problem body, keyed by field name (shared by every endpoint of the API).</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidRequestTitle);

    /// <summary>A validator's failures, one key per field, each message once.</summary>
    public static ValidationProblem Invalid(ValidationResult validation) =>
        Invalid(validation.Errors
            .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));

    /// <summary>One message for the whole body (wrong content type, too large, not a JSON object).</summary>
    public static ValidationProblem InvalidBody(string message) =>
        Invalid(new Dictionary<string, string[]> { [DecisionRequestReader.BodyKey] = [message] });

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
