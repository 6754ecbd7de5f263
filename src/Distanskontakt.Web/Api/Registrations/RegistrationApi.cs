using System.Globalization;
using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>
/// The registration log over HTTP: staff log a confirmed decision, administrators read their units' rows.
/// The unit always comes from the signed-in user, never from the request. Request bodies are never logged.
/// </summary>
public static class RegistrationApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public const string NotSavedTitle = "Beslutet är inte sparat — försök igen";

    public const int DefaultPageSize = 50;

    /// <summary>The <c>Retry-After</c> of a 503: long enough for a busy writer to finish, short enough for staff to wait.</summary>
    public const string RetryAfterSeconds = "5";

    public static IServiceCollection AddRegistrationApi(this IServiceCollection services)
    {
        services.AddApiSecurity();
        services.AddOptions<UnitOptions>().Configure<IConfiguration>((options, configuration) => configuration.Bind(options));

        // Read through IOptionsMonitor: bound once and again only when the configuration changes. A snapshot would
        // bind the whole configuration on every logged decision (measured: ~4 % of a registration's time under load).
        services.AddSingleton<IOptionsChangeTokenSource<UnitOptions>>(sp => new ConfigurationChangeTokenSource<UnitOptions>(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IKnownUnits, ConfiguredUnits>();
        return services;
    }

    public static RouteGroupBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        // Every endpoint needs a signed-in user: the unit comes from the sign-in. No antiforgery token (no browser form).
        var registrations = app.MapGroup("/api/v1/registrations").WithTags("Registreringslogg").DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        registrations.MapPost("", LogAsync)
            .RequireAuthorization(Policies.LogDecisions)
            .WithName("LogDecision")
            .WithSummary("Logga ett bekräftat beslut")
            .WithDescription("Beslutsförfrågans fält plus \"comment\" (högst 200 tecken, inget personnummer). Rubriken Idempotency-Key gör ett nytt försök ofarligt.")
            .AddOpenApiOperationTransformer(RegistrationRequestSchema.Describe)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        // The review of the log (list, one row, CSV): administrators, for their own units.
        var review = registrations.MapGroup("").RequireAuthorization(Policies.Administer);

        review.MapGet("", ListAsync)
            .WithName("ListRegistrations")
            .WithSummary("Loggade beslut för administratörens enheter, sida för sida");

        review.MapGet("/{id:guid}", GetAsync)
            .WithName("GetRegistration")
            .WithSummary("Ett loggat beslut")
            .ProducesProblem(StatusCodes.Status404NotFound);

        review.MapRegistrationExport();
        return registrations;
    }

    private static async Task<Results<Created<LoggedDecisionDto>, ValidationProblem, ProblemHttpResult>> LogAsync(
        HttpContext http,
        LogDecision logDecision,
        CancellationToken cancellationToken)
    {
        // The policy lets only logging roles in; the use case checks the role, the unit and the key, then the rest.
        var signedIn = SignedInUser.From(http.User);
        var user = new LoggingUser(signedIn?.Role, signedIn?.Units ?? [], signedIn?.UserIdHash ?? "");
        var key = http.Request.Headers[IdempotencyKeyHeader].ToString();

        // Refused callers and keys are answered before the body is looked at.
        if (logDecision.RefuseCaller(user, key) is { } refused)
        {
            return ToProblem(http, refused);
        }

        if (!(await ValidatedBody<RegistrationRequest>.ReadAsync(http)).TryGet(out var request, out var problem))
        {
            return problem;
        }

        var result = await logDecision.LogAsync(new LogDecisionCommand(request.ToAnswers(), user, request.Comment, key), cancellationToken);
        return result is { Status: LogDecisionStatus.Logged, Entry: { } entry }
            ? TypedResults.Created($"/api/v1/registrations/{entry.Id}", RegistrationMapper.ToDto(entry))
            : ToProblem(http, result);
    }

    private static Results<Created<LoggedDecisionDto>, ValidationProblem, ProblemHttpResult> ToProblem(HttpContext http, LogDecisionResult result)
    {
        var problems = result.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal);
        switch (result.Status)
        {
            case LogDecisionStatus.Forbidden:
                return Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle, string.Join(" ", result.Problems.Values));
            case LogDecisionStatus.Refused when result.Missing.Count > 0:
                return TypedResults.ValidationProblem(
                    problems,
                    detail: LogDecision.IncompleteMessage,
                    title: ApiProblems.InvalidRequestTitle,
                    extensions: new Dictionary<string, object?> { ["missing"] = result.Missing.Select(WireNames.Of).ToArray() });
            case LogDecisionStatus.Refused:
                return ApiProblems.Invalid(problems);
            case LogDecisionStatus.KeyTaken:
                return Problem(StatusCodes.Status409Conflict, ApiProblems.InvalidRequestTitle,
                    $"Nyckeln i {IdempotencyKeyHeader} har redan använts. Skicka en ny nyckel för ett nytt beslut.");
            default:
                // Unavailable: the caller may send the same key again, which never makes a second row.
                http.Response.Headers.RetryAfter = RetryAfterSeconds;
                return Problem(StatusCodes.Status503ServiceUnavailable, NotSavedTitle, "Databasen är inte tillgänglig just nu. Beslutet gäller ändå.");
        }
    }

    private static async Task<Results<Ok<RegistrationPageDto>, ValidationProblem, ProblemHttpResult>> ListAsync(HttpContext http, ReviewLog review, CancellationToken cancellationToken)
    {
        if (SignedInUser.From(http.User) is not { Units.Count: > 0 } user)
        {
            return Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle, "Ingen enhet är knuten till din inloggning.");
        }

        var (query, errors) = ReadListQuery(http.Request.Query, user.Units);
        if (query is null)
        {
            return errors.Count > 0
                ? ApiProblems.Invalid(errors)
                : Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle, "Du kan bara se dina egna enheters beslut.");
        }

        var page = await review.PageAsync(query.Filter, query.Sort, query.Page, query.PageSize, cancellationToken);
        return TypedResults.Ok(new RegistrationPageDto([.. page.Items.Select(RegistrationMapper.ToDto)], page.Total, page.Page, page.PageSize));
    }

    private static async Task<Results<Ok<LoggedDecisionDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, ReviewLog review, CancellationToken cancellationToken)
    {
        var units = SignedInUser.From(http.User)?.Units ?? [];
        return await review.FindAsync(id, units, cancellationToken) is { } entry
            ? TypedResults.Ok(RegistrationMapper.ToDto(entry))
            : Problem(StatusCodes.Status404NotFound, "Hittades inte", "Inget loggat beslut med det id:t bland dina enheter.");
    }

    internal sealed record ListQuery(LogFilter Filter, LogSort Sort, int Page, int PageSize);

    /// <summary>
    /// Reads <c>from,to,unit,system,code,registration,channel,sort,order,page,pageSize</c>. Returns no query and no
    /// errors when a unit outside the user's own is asked for.
    /// </summary>
    internal static (ListQuery? Query, Dictionary<string, string[]> Errors) ReadListQuery(IQueryCollection query, IReadOnlyList<string> allowedUnits)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = Date("from");
        var to = Date("to");
        if (from is not null && to is not null && from > to)
        {
            errors["to"] = ["Slutdatum ligger före startdatum."];
        }

        var system = Vocabulary<RegistrationSystem>("system");
        var registration = Vocabulary<RegistrationKind>("registration");
        var channel = Vocabulary<Channel>("channel");
        var code = query["code"].ToString() is { Length: > 0 } c ? c : null;
        if (code is { Length: > RegistrationLogLimits.ContactTypeNameMaxLength })
        {
            errors["code"] = ["Kontakttypen är för lång."];
        }

        var page = Number("page", 1, 1, int.MaxValue / DefaultPageSize);
        var pageSize = Number("pageSize", DefaultPageSize, 1, ReviewLog.MaxPageSize);
        var sortColumn = query["sort"].ToString() switch
        {
            "" or "contactDate" => LogSortColumn.ContactDate,
            "loggedAt" => LogSortColumn.LoggedAt,
            "unit" => LogSortColumn.Unit,
            "contactType" => LogSortColumn.ContactType,
            "channel" => LogSortColumn.Channel,
            "registration" => LogSortColumn.Registration,
            _ => Error<LogSortColumn>("sort", "Okänd sortering. Tillåtna värden: contactDate, loggedAt, unit, contactType, channel, registration."),
        };
        var descending = query["order"].ToString() switch
        {
            "" or "desc" => true,
            "asc" => false,
            _ => Error<bool>("order", "Ordningen anges som asc eller desc."),
        };

        var asked = query["unit"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (asked.Any(u => !allowedUnits.Contains(u, StringComparer.Ordinal)))
        {
            return (null, errors);
        }

        var filter = new LogFilter
        {
            Units = asked.Length > 0 ? asked : allowedUnits,
            From = from,
            To = to,
            System = system,
            ContactType = code,
            Registration = registration,
            Channel = channel,
        };
        return (new ListQuery(filter, new LogSort(sortColumn, descending), page, pageSize), errors);

        DateOnly? Date(string name)
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors[name] = [ContactDateText.InvalidMessage];
            return null;
        }

        TEnum? Vocabulary<TEnum>(string name) where TEnum : struct, Enum
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (WireNames.TryParse<TEnum>(text, out var value))
            {
                return value;
            }

            errors[name] = [$"Okänt värde. Tillåtna värden: {string.Join(", ", WireNames.All<TEnum>())}."];
            return null;
        }

        int Number(string name, int fallback, int min, int max)
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            errors[name] = [string.Create(CultureInfo.InvariantCulture, $"Ange ett heltal från {min} till {max}.")];
            return fallback;
        }

        T? Error<T>(string name, string message)
        {
            errors[name] = [message];
            return default;
        }
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => ApiProblems.Problem(status, title, detail);
}
