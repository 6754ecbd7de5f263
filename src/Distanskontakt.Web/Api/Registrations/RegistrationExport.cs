using System.Globalization;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Distanskontakt.Web.Security;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>
/// <c>GET /api/v1/registrations/export</c>: the filtered rows of the administrator's own units as CSV (UTF-8 with
/// BOM, <c>;</c>, formula-safe cells), streamed from the database. Same filters as the list.
/// </summary>
public static class RegistrationExport
{
    public static IEndpointRouteBuilder MapRegistrationExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/registrations/export", ExportAsync)
            .RequireAuthorization(Policies.Administer)
            .WithTags("Registreringslogg")
            .WithName("ExportRegistrations")
            .WithSummary("Urvalet som CSV (UTF-8 med BOM, semikolon)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task ExportAsync(HttpContext http, ReviewLog review, TimeProvider time, CancellationToken cancellationToken)
    {
        if (SignedInUser.From(http.User) is not { Units.Count: > 0 } user)
        {
            await ApiSecurity.WriteProblemAsync(http, StatusCodes.Status403Forbidden, "Ingen enhet är knuten till din inloggning.");
            return;
        }

        var (query, errors) = RegistrationApi.ReadListQuery(http.Request.Query, user.Units);
        if (query is null)
        {
            if (errors.Count > 0)
            {
                await DecisionApi.Invalid(errors).ExecuteAsync(http);
            }
            else
            {
                await ApiSecurity.WriteProblemAsync(http, StatusCodes.Status403Forbidden, "Du kan bara exportera dina egna enheters beslut.");
            }

            return;
        }

        var day = time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"loggade-beslut-{day}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        await review.WriteCsvAsync(query.Filter, http.Response.Body, cancellationToken);
    }
}
