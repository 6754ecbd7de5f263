using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Security;

/// <summary>
/// Limits per client address (after forwarded headers): the local sign-in's form posts, against password guessing,
/// and the public API, against one caller starving the rest. A refused request is a 429 with a Swedish problem body
/// and <c>Retry-After</c>. Apply a policy by name where endpoints are mapped (<c>RequireRateLimiting</c>).
/// </summary>
public static class RateLimiting
{
    /// <summary>The local sign-in page's form posts (page views are not counted).</summary>
    public const string SignInPolicy = "inloggning";

    /// <summary>The public JSON API under <c>/api/v1</c>.</summary>
    public const string PublicApiPolicy = "publikt-api";

    public const string RejectedTitle = "För många förfrågningar";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.SectionName);
        services.AddRateLimiter(options =>
        {
            options.OnRejected = (context, cancellationToken) => RejectAsync(context, cancellationToken);
            options.AddPolicy(SignInPolicy, http => Settings(http) is { Enabled: true } settings && HttpMethods.IsPost(http.Request.Method)
                ? Window(http, settings.SignIn)
                : RateLimitPartition.GetNoLimiter(""));
            options.AddPolicy(PublicApiPolicy, http => Settings(http) is { Enabled: true } settings
                ? Window(http, settings.PublicApi)
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static RateLimitSettings Settings(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().CurrentValue;

    // The limits are part of the key, so a changed setting starts fresh windows instead of keeping the old ones.
    private static RateLimitPartition<string> Window(HttpContext http, RateLimitSettings.Window window) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{http.Connection.RemoteIpAddress?.ToString() ?? "okänd"}|{window.PermitLimit}/{window.WindowSeconds}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, window.PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, window.WindowSeconds)),
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = RejectedTitle,
                Detail = $"Du har skickat för många förfrågningar på kort tid. Vänta {seconds} sekunder och försök igen.",
            },
        });
    }
}

/// <summary>The <c>RateLimiting</c> section: per client address, a fixed window per policy.</summary>
public sealed class RateLimitSettings
{
    public const string SectionName = "RateLimiting";

    /// <summary><c>false</c> turns every limit off (test hosts and load runs, which send from one address).</summary>
    public bool Enabled { get; set; } = true;

    public Window SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    public Window PublicApi { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    public sealed class Window
    {
        public int PermitLimit { get; set; }

        public int WindowSeconds { get; set; }
    }
}
