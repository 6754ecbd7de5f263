using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Distanskontakt.Web.Api;

/// <summary>
/// The opening every endpoint that takes a JSON body shares: the body read by hand (<see cref="DecisionRequestReader"/>),
/// then checked by the request's validator. Either step refusing is the Swedish 400 problem: keyed <c>body</c> for the
/// body as a whole, else by each wrong field's name.
/// </summary>
/// <remarks>
/// As a handler parameter it is read while the endpoint binds its arguments (before the handler runs). An endpoint
/// that must refuse other things first (the registrations' user and unit) calls <see cref="ReadAsync"/> itself.
/// Not described in the OpenAPI document: each endpoint describes its body by an operation transformer.
/// </remarks>
public sealed class ValidatedBody<TRequest> : IBindableFromHttpContext<ValidatedBody<TRequest>>
    where TRequest : class, IJsonObjectRequest<TRequest>
{
    private readonly TRequest? _request;
    private readonly ValidationProblem? _problem;

    private ValidatedBody(TRequest? request, ValidationProblem? problem)
    {
        _request = request;
        _problem = problem;
    }

    /// <summary>The validated request, or the 400 problem to answer with.</summary>
    public bool TryGet([NotNullWhen(true)] out TRequest? request, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        request = _request;
        problem = _problem;
        return request is not null;
    }

    public static async Task<ValidatedBody<TRequest>> ReadAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var (request, error) = await DecisionRequestReader.ReadAsync<TRequest>(http.Request, cancellationToken);
        if (request is null)
        {
            return new(null, ApiProblems.InvalidBody(error!));
        }

        var validation = await http.RequestServices.GetRequiredService<IValidator<TRequest>>().ValidateAsync(request, cancellationToken);
        return validation.IsValid ? new(request, null) : new(null, ApiProblems.Invalid(validation));
    }

    static async ValueTask<ValidatedBody<TRequest>?> IBindableFromHttpContext<ValidatedBody<TRequest>>.BindAsync(
        HttpContext context, ParameterInfo parameter) => await ReadAsync(context);
}
