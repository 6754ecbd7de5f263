using System.Globalization;
using System.Reflection;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>
/// <c>GET /api/v1/registrations/export</c>: the filtered rows of the administrator's own units as CSV (UTF-8 with
/// BOM, <c>;</c>, formula-safe cells), streamed from the database. Same filters as the list.
/// </summary>
public static class RegistrationExport
{
    /// <summary>Maps the export into the registrations' review group (which requires an administrator).</summary>
    public static RouteHandlerBuilder MapRegistrationExport(this RouteGroupBuilder review) =>
        review.MapGet("/export", ExportAsync)
            .WithName("ExportRegistrations")
            .WithSummary("Urvalet som CSV (UTF-8 med BOM, semikolon)");

    private static Results<CsvDownload, ValidationProblem, ProblemHttpResult> ExportAsync(
        HttpContext http, ReviewLog review, TimeProvider time)
    {
        if (SignedInUser.From(http.User) is not { Units.Count: > 0 } user)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle, "Ingen enhet är knuten till din inloggning.");
        }

        var (query, errors) = RegistrationApi.ReadListQuery(http.Request.Query, user.Units);
        if (query is null)
        {
            return errors.Count > 0
                ? ApiProblems.Invalid(errors)
                : ApiProblems.Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle, "Du kan bara exportera dina egna enheters beslut.");
        }

        var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new CsvDownload($"loggade-beslut-{day}.csv", (body, cancellationToken) => review.WriteCsvAsync(query.Filter, body, cancellationToken));
    }

    /// <summary>The CSV as an attachment, never cached, written straight to the response as the rows are read.</summary>
    private sealed class CsvDownload(string fileName, Func<Stream, CancellationToken, Task> write) : IResult, IEndpointMetadataProvider
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = "text/csv; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            response.Headers.CacheControl = "no-store";
            return write(response.Body, httpContext.RequestAborted);
        }

        static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/csv"]));
    }
}
