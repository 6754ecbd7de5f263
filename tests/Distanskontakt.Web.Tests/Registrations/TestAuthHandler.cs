using System.Security.Claims;
using System.Text.Encodings.Web;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Tests.Registrations;

/// <summary>
/// Signs a request in from test headers: <c>X-Test-User</c> (name identifier), <c>X-Test-Role</c> and
/// <c>X-Test-Unit</c> (comma-separated). No user header: anonymous. Tests only.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";
    public const string UnitHeader = "X-Test-Unit";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[UserHeader].ToString() is not { Length: > 0 } user)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user) };
        claims.AddRange(Split(RoleHeader).Select(role => new Claim(ClaimTypes.Role, role)));
        claims.AddRange(Split(UnitHeader).Select(unit => new Claim(AppClaims.Unit, unit)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private IEnumerable<string> Split(string header) =>
        Request.Headers[header].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
