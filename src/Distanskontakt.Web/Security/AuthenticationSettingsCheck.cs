namespace Distanskontakt.Web.Security;

/// <summary>
/// Refuses settings that would open the app wrongly, before the app starts: in <c>Production</c> the OpenID
/// Connect keys must be there and demo accounts must not; everywhere, roles must be the exact role strings.
/// </summary>
public static class AuthenticationSettingsCheck
{
    public static IReadOnlyList<string> Problems(AuthenticationSettings settings, IHostEnvironment environment)
    {
        var problems = new List<string>();
        var prefix = AuthenticationSettings.SectionName + ":";
        if (environment.IsProduction())
        {
            var missing = new[]
            {
                (Key: "Oidc:Authority", Value: settings.Oidc.Authority),
                (Key: "Oidc:ClientId", Value: settings.Oidc.ClientId),
                (Key: "Oidc:ClientSecret", Value: settings.Oidc.ClientSecret),
            }.Where(setting => string.IsNullOrWhiteSpace(setting.Value)).Select(setting => prefix + setting.Key).ToArray();
            if (missing.Length > 0)
            {
                problems.Add("OpenID Connect krävs i Production; inställningar saknas: " + string.Join(", ", missing) + ".");
            }

            if (settings.DemoAccounts.Count > 0)
            {
                problems.Add($"{prefix}DemoAccounts får inte användas i Production (ta bort de {settings.DemoAccounts.Count} demokontona).");
            }
        }

        foreach (var (key, claim) in new[]
        {
            ("UserIdClaim", settings.UserIdClaim), ("NameClaim", settings.NameClaim), ("RoleClaim", settings.RoleClaim), ("UnitClaim", settings.UnitClaim),
        })
        {
            if (IneraClaimMapping.IsPersonnummerClaim(claim))
            {
                problems.Add($"{prefix}{key} är \"{claim}\", som bär ett personnummer: det får aldrig bli användar-id, namn, roll eller enhet.");
            }
        }

        if (string.IsNullOrWhiteSpace(settings.UserIdClaim))
        {
            problems.Add($"{prefix}UserIdClaim är tom.");
        }

        foreach (var (value, role) in settings.RoleMap)
        {
            if (!Roles.All.Contains(role, StringComparer.Ordinal))
            {
                problems.Add($"{prefix}RoleMap:{value} pekar på \"{role}\", som inte är en roll ({string.Join(", ", Roles.All)}).");
            }
        }

        foreach (var (account, index) in settings.DemoAccounts.Select((account, index) => (account, index)))
        {
            var key = $"{prefix}DemoAccounts:{index}";
            if (string.IsNullOrWhiteSpace(account.Username) || string.IsNullOrWhiteSpace(account.PasswordHash))
            {
                problems.Add($"{key} saknar Username eller PasswordHash.");
            }

            if (!Roles.All.Contains(account.Role, StringComparer.Ordinal))
            {
                problems.Add($"{key}:Role är \"{account.Role}\", som inte är en roll ({string.Join(", ", Roles.All)}).");
            }

            if (account.Units.Count == 0)
            {
                problems.Add($"{key}:Units är tom: kontot måste få arbeta för minst en enhet.");
            }
        }

        return problems;
    }

    /// <summary>Stops the start with every problem named.</summary>
    public static void ThrowIfInvalid(AuthenticationSettings settings, IHostEnvironment environment)
    {
        var problems = Problems(settings, environment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Inloggningsinställningarna är inte godtagbara: " + string.Join(" ", problems));
        }
    }
}
