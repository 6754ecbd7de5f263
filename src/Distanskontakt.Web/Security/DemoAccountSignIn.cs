using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Web.Security;

/// <summary>
/// Checks a demo account's password against its stored hash (ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>:
/// PBKDF2 with HMAC-SHA512, salt and iteration count inside the hash). An unknown name costs the same work as a
/// wrong password, so the answer's timing does not tell which names exist.
/// </summary>
public sealed class DemoAccountSignIn(IOptionsMonitor<AuthenticationSettings> settings)
{
    private static readonly PasswordHasher<DemoAccount> _hasher = new();

    private static readonly Lazy<string> _decoyHash = new(() => _hasher.HashPassword(new DemoAccount(), Guid.NewGuid().ToString("N")));

    public bool Enabled => settings.CurrentValue.DemoAccounts.Count > 0;

    /// <summary>The principal for a right name and password, else <c>null</c>.</summary>
    public ClaimsPrincipal? SignIn(string? username, string? password)
    {
        var name = username?.Trim() ?? "";
        var account = settings.CurrentValue.DemoAccounts
            .FirstOrDefault(a => name.Length > 0 && string.Equals(a.Username, name, StringComparison.OrdinalIgnoreCase));
        var verified = Verify(account ?? new DemoAccount(), account?.PasswordHash ?? _decoyHash.Value, password ?? "");
        return account is not null && verified ? AppPrincipal.ForDemo(account) : null;
    }

    /// <summary>The stored form of a password (used to make the hashes in the settings files).</summary>
    public static string Hash(string password) => _hasher.HashPassword(new DemoAccount(), password);

    private static bool Verify(DemoAccount account, string hash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(account, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
