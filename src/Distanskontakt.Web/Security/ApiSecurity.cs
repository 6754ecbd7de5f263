using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Distanskontakt.Web.Security;

/// <summary>
/// The access control the registration log needs: the policies, and a cookie scheme as the default until real
/// sign-in (OIDC, demo accounts) is added. <c>/api/*</c> never redirects: 401 or 403 with a Swedish problem body.
/// </summary>
public static class ApiSecurity
{
    public const string UnauthorizedTitle = "Inloggning krävs";

    public const string ForbiddenTitle = "Behörighet saknas";

    public static IServiceCollection AddApiSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Events.OnRedirectToLogin = context => IsApi(context.Request)
                    ? WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized)
                    : RedirectAsync(context);
                options.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                    ? WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden)
                    : RedirectAsync(context);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.LogDecisions, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Logging))
            .AddPolicy(Policies.Administer, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>A Swedish problem body for 401/403 (and other statuses the API writes by hand).</summary>
    public static async Task WriteProblemAsync(HttpContext http, int status, string? detail = null)
    {
        http.Response.StatusCode = status;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? UnauthorizedTitle : ForbiddenTitle,
                Detail = detail ?? (status == StatusCodes.Status401Unauthorized
                    ? "Logga in för att använda den här delen av API:t."
                    : "Din roll eller enhet ger inte tillgång till den här delen av API:t."),
            },
        });
    }

    private static Task RedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Answers a failed authorization on <c>/api</c> with a problem body, whatever the scheme (cookie, bearer
    /// token, test handler); pages keep the scheme's own challenge (the sign-in redirect).
    /// </summary>
    private sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
        {
            if (IsApi(context.Request) && !authorizeResult.Succeeded)
            {
                var anonymous = authorizeResult.Challenged || context.User.Identity?.IsAuthenticated != true;
                var refusal = anonymous ? TokenRefusals.Describe(context) : null;
                return WriteProblemAsync(context, anonymous ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden, refusal);
            }

            return _default.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}
