namespace Distanskontakt.Web.Security;

/// <summary>
/// The <c>Authentication</c> section: who may use the wizard anonymously, how an identity provider's claims become
/// the app's roles and unit, OpenID Connect for people (and JWT bearer tokens from the same authority for other
/// systems), and the demo accounts of the embedded default.
/// </summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary><c>false</c> closes <c>/registrera</c>, <c>/halland</c> and their APIs to anonymous users.</summary>
    public bool AllowAnonymousDecisions { get; set; } = true;

    /// <summary>
    /// The identity provider's claim that is the user's id (its SHA-256 goes on logged rows): <c>sub</c>, or e.g.
    /// Inera IdP's <c>employeeHsaId</c>. Never a personnummer claim: the app refuses to start with one.
    /// </summary>
    public string UserIdClaim { get; set; } = "sub";

    /// <summary>The claim with the name shown in the header (falls back to the user id).</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The identity provider's claim that carries roles or groups (read without Microsoft's claim-name mapping).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// Identity-provider value → the app's exact role string (<c>Personal</c>, <c>Utbildare</c>, <c>Administratör</c>).
    /// A value that already is one of the roles needs no entry.
    /// </summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The identity provider's claim that carries the unit code, when it provides one.</summary>
    public string UnitClaim { get; set; } = AppClaims.Unit;

    public OidcSettings Oidc { get; set; } = new();

    /// <summary>Local accounts for development and demos; refused in <c>Production</c>.</summary>
    public List<DemoAccount> DemoAccounts { get; set; } = [];

    public static AuthenticationSettings From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<AuthenticationSettings>() ?? new AuthenticationSettings();

    /// <summary>The app's role for a provider value, if it maps to one.</summary>
    public string? RoleFor(string providerValue) =>
        RoleMap.TryGetValue(providerValue, out var mapped) && Roles.All.Contains(mapped, StringComparer.Ordinal) ? mapped
        : Roles.All.Contains(providerValue, StringComparer.Ordinal) ? providerValue
        : null;
}

/// <summary><c>Authentication:Oidc</c>: the organisation's identity provider.</summary>
public sealed class OidcSettings
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The audience API callers' tokens must carry (default: <see cref="ClientId"/>).</summary>
    public string? Audience { get; set; }

    /// <summary>Only a test issuer on loopback may turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary>One demo account: the password only as a hash (<see cref="DemoAccountSignIn"/>).</summary>
public sealed class DemoAccount
{
    public string Username { get; set; } = "";

    /// <summary>ASP.NET Core Identity's <c>PasswordHasher</c> format (PBKDF2, salt and iteration count inside).</summary>
    public string PasswordHash { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>The unit codes this account may work for.</summary>
    public List<string> Units { get; set; } = [];
}
