using System.Data.Common;
using System.Globalization;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
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
        DecisionEngine engine,
        RegistrationLog log,
        IOptionsMonitor<UnitOptions> units,
        CancellationToken cancellationToken)
    {
        if (SignedInUser.From(http.User) is not { Role: { } role } user)
        {
            return Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle, "Din roll får inte logga beslut.");
        }

        if (user.Units is not [var unit] || units.CurrentValue.Find(unit) is null)
        {
            return Problem(StatusCodes.Status403Forbidden, ApiSecurity.ForbiddenTitle,
                "Ingen känd enhet är vald för din inloggning. Välj enhet och försök igen.");
        }

        var key = http.Request.Headers[IdempotencyKeyHeader].ToString();
        if (key.Length > RegistrationLogLimits.IdempotencyKeyMaxLength || key.Any(c => c is < '!' or > '~'))
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                [IdempotencyKeyHeader] = [$"Nyckeln får vara högst {RegistrationLogLimits.IdempotencyKeyMaxLength} synliga ASCII-tecken."],
            });
        }

        // Read only now: a refused user or key is answered before the body is looked at.
        if (!(await ValidatedBody<RegistrationRequest>.ReadAsync(http)).TryGet(out var request, out var problem))
        {
            return problem;
        }

        var answers = request.ToAnswers();
        var decision = engine.Decide(answers);
        if (!decision.Complete)
        {
            var missing = decision.Missing.Select(WireNames.Of).ToArray();
            return TypedResults.ValidationProblem(
                missing.ToDictionary(name => name, _ => new[] { "Svaret behövs för att beslutet ska kunna loggas." }, StringComparer.Ordinal),
                detail: "Svar saknas: bara ett fullständigt beslut kan loggas.",
                title: ApiProblems.InvalidRequestTitle,
                extensions: new Dictionary<string, object?> { ["missing"] = missing });
        }

        AppendResult result;
        try
        {
            result = await log.AppendAsync(
                new RegistrationDraft(decision, answers, unit, role, user.UserIdHash, request.Comment, key.Length == 0 ? null : key),
                cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or TimeoutException)
        {
            // Locked past every retry, or unreachable: the caller may send the same key again, which never makes a second row.
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            return Problem(StatusCodes.Status503ServiceUnavailable, NotSavedTitle, "Databasen är inte tillgänglig just nu. Beslutet gäller ändå.");
        }

        return result switch
        {
            { Status: AppendStatus.Created or AppendStatus.Replayed, Row: { } row } =>
                TypedResults.Created($"/api/v1/registrations/{row.Id}", RegistrationMapper.ToDto(row)),
            _ => Problem(StatusCodes.Status409Conflict, ApiProblems.InvalidRequestTitle,
                $"Nyckeln i {IdempotencyKeyHeader} har redan använts. Skicka en ny nyckel för ett nytt beslut."),
        };
    }

    private static async Task<Results<Ok<RegistrationPageDto>, ValidationProblem, ProblemHttpResult>> ListAsync(HttpContext http, RegistrationLogQueries queries, CancellationToken cancellationToken)
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

        var page = await queries.PageAsync(query.Filter, query.Sort, query.Page, query.PageSize, cancellationToken);
        return TypedResults.Ok(new RegistrationPageDto([.. page.Items.Select(RegistrationMapper.ToDto)], page.Total, page.Page, page.PageSize));
    }

    private static async Task<Results<Ok<LoggedDecisionDto>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, RegistrationLogQueries queries, CancellationToken cancellationToken)
    {
        var units = SignedInUser.From(http.User)?.Units ?? [];
        return await queries.FindAsync(id, units, cancellationToken) is { } row
            ? TypedResults.Ok(RegistrationMapper.ToDto(row))
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
        var pageSize = Number("pageSize", DefaultPageSize, 1, RegistrationLogQueries.MaxPageSize);
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
