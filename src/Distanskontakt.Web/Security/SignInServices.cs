using Distanskontakt.Web.Units;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Distanskontakt.Web.Security;

/// <summary>
/// Sign-in for people and systems. People sign in with a cookie: through the organisation's OpenID Connect
/// provider when <c>Authentication:Oidc</c> is set, else on the local page <c>/logga-in</c> with the demo accounts.
/// Systems send a JWT bearer token from the same authority. Pages send anonymous users to sign-in with the full
/// return address; <c>/api/*</c> answers 401/403 with a problem body (<see cref="ApiSecurity"/>).
/// </summary>
public static class SignInServices
{
    /// <summary>Forwards to the bearer scheme when a request carries a bearer token, else to the cookie.</summary>
    public const string DefaultScheme = "Distanskontakt";

    public const string LoginPath = "/logga-in";

    public const string LogoutPath = "/logga-ut";

    public const string ChooseUnitPath = "/valj-enhet";

    public const string AccessDeniedPath = "/ingen-behorighet";

    /// <summary>Starts the organisation's sign-in (OpenID Connect) and comes back to <c>returnUrl</c>.</summary>
    public const string ProviderLoginPath = "/logga-in/organisation";

    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Which handlers exist is decided now; their settings are read when first used.
        var settings = AuthenticationSettings.From(configuration);
        AuthenticationSettingsCheck.ThrowIfInvalid(settings, environment);
        var useProvider = settings.Oidc.IsConfigured;

        services.AddOptions<AuthenticationSettings>().BindConfiguration(AuthenticationSettings.SectionName);
        services.AddSingleton<DemoAccountSignIn>();
        services.AddSingleton<IAuthorizationHandler, DecisionsAccessHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(DecisionsAccessRequirement.PolicyName, policy => policy.AddRequirements(new DecisionsAccessRequirement()));
        services.AddRuleApprovers();
        services.AddCascadingAuthenticationState();

        var authentication = services.AddAuthentication()
            .AddPolicyScheme(DefaultScheme, "Cookie eller bearer-token", options => options.ForwardDefaultSelector = context =>
                useProvider && HasBearerToken(context.Request) ? JwtBearerDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme);
        services.Configure<AuthenticationOptions>(options => options.DefaultScheme = DefaultScheme);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((options, host) => ConfigureCookie(options, host, useProvider));

        if (useProvider)
        {
            authentication.AddJwtBearer().AddOpenIdConnect();
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure<IOptions<AuthenticationSettings>>((options, current) => ConfigureBearer(options, current.Value.Oidc));
            services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
                .Configure<IOptions<AuthenticationSettings>>((options, current) => ConfigureProvider(options, current.Value.Oidc));
        }

        return services;
    }

    /// <summary>After authentication: a signed-in person without a unit chooses one before any page.</summary>
    public static IApplicationBuilder UseUnitChoice(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method)
            && context.User.Identity?.IsAuthenticated == true
            && !context.User.HasClaim(claim => claim.Type == AppClaims.Unit)
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            && !IsAccountPage(context.Request.Path))
        {
            context.Response.Redirect(ReturnUrls.With(ChooseUnitPath, context.Request.Path + context.Request.QueryString));
            return;
        }

        await next(context);
    });

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost(LogoutPath, SignOutAsync).ExcludeFromDescription();
        app.MapGet(ProviderLoginPath, ([FromQuery] string? returnUrl, IOptions<AuthenticationSettings> settings) =>
            settings.Value.Oidc.IsConfigured
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.Redirect(ReturnUrls.With(LoginPath, returnUrl)))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, [FromForm] string? returnUrl, IOptions<AuthenticationSettings> settings)
    {
        var fromProvider = http.User.HasClaim(AppPrincipal.SourceClaim, AppPrincipal.ProviderSource);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (fromProvider && settings.Value.Oidc.IsConfigured)
        {
            // Ends the session at the organisation's provider too, and comes back to the start page.
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme]);
        }

        return Results.Redirect(ReturnUrls.Safe(returnUrl));
    }

    private static bool IsAccountPage(PathString path) =>
        path.StartsWithSegments(LoginPath) || path.StartsWithSegments(ChooseUnitPath) || path.StartsWithSegments(AccessDeniedPath)
        || path.StartsWithSegments("/not-found");

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static void ConfigureCookie(CookieAuthenticationOptions options, IHostEnvironment host, bool useProvider)
    {
        options.Cookie.Name = "Distanskontakt.Inloggning";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = host.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(10);
        options.SlidingExpiration = true;
        options.LoginPath = LoginPath;
        options.LogoutPath = LogoutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnRedirectToLogin = context =>
        {
            if (ApiSecurity.IsApi(context.Request))
            {
                return ApiSecurity.WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized);
            }

            // The organisation's sign-in at once, unless demo accounts offer a choice on the local page.
            if (useProvider && !context.HttpContext.RequestServices.GetRequiredService<DemoAccountSignIn>().Enabled)
            {
                // A challenge from authorization carries no RedirectUri: the page asked for (with its query) is the way back.
                var request = context.Request;
                var asked = context.Properties.RedirectUri ?? request.PathBase + request.Path + request.QueryString;
                return context.HttpContext.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme,
                    new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(asked) });
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            if (ApiSecurity.IsApi(context.Request))
            {
                return ApiSecurity.WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden);
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
    }

    private static void ConfigureBearer(JwtBearerOptions options, OidcSettings oidc)
    {
        options.Authority = oidc.Authority;
        options.Audience = string.IsNullOrWhiteSpace(oidc.Audience) ? oidc.ClientId : oidc.Audience;
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        options.MapInboundClaims = false;
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                try
                {
                    context.Principal = MapProvider(context.Principal!, context.HttpContext);
                }
                catch (ProviderClaimsException refused)
                {
                    TokenRefusals.Remember(context.HttpContext, refused);
                    context.Fail(refused);
                }

                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                TokenRefusals.Remember(context.HttpContext, context.Exception);
                return Task.CompletedTask;
            },
        };
    }

    private static void ConfigureProvider(OpenIdConnectOptions options, OidcSettings oidc)
    {
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Events = new OpenIdConnectEvents
        {
            // Only the app's own claims go into the cookie: id, name, roles through RoleMap, the unit.
            OnTicketReceived = context =>
            {
                try
                {
                    context.Principal = MapProvider(context.Principal!, context.HttpContext);
                }
                catch (ProviderClaimsException refused)
                {
                    // No cookie: the no-access page says the sign-in was refused (its reason goes to the log, never a value).
                    LogRefusedSignIn(context.HttpContext, refused);
                    context.Response.Redirect(AccessDeniedPath + "?" + RefusedSignInQuery);
                    context.HandleResponse();
                }

                return Task.CompletedTask;
            },
        };
    }

    /// <summary>The no-access page's query when the provider's sign-in was refused.</summary>
    public const string RefusedSignInQuery = "orsak=inloggning";

    private static void LogRefusedSignIn(HttpContext context, ProviderClaimsException refused) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInServices))
            .LogWarning("Inloggning från organisationens inloggning nekades: {Reason}", refused.Message);

    /// <summary>The app's principal for a provider's; a sign-in without a role the app knows is refused.</summary>
    private static System.Security.Claims.ClaimsPrincipal MapProvider(System.Security.Claims.ClaimsPrincipal provider, HttpContext context)
    {
        var settings = CurrentSettings(context);
        var principal = AppPrincipal.FromProvider(provider, settings, context.RequestServices.GetRequiredService<IOptionsMonitor<UnitOptions>>().CurrentValue);
        return principal.Claims.Any(claim => claim.Type == System.Security.Claims.ClaimTypes.Role)
            ? principal
            : throw new ProviderClaimsException(TokenRefusals.MissingRole(settings.RoleClaim));
    }

    private static AuthenticationSettings CurrentSettings(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<AuthenticationSettings>>().CurrentValue;

    /// <summary>Units as configured (codes), for the unit choice.</summary>
    public static IEnumerable<string> ConfiguredUnitCodes(UnitOptions units) => units.Units.Select(unit => unit.Code);
}
