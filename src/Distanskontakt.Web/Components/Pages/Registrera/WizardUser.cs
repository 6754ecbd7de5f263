using System.Security.Claims;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.UseCases.Registrations;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Units;

namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>
/// What the signed-in user means to the wizard: the unit an attempt left before its result is counted for (staff
/// who log decisions), and the unit's system, which presets the first step.
/// </summary>
public sealed record WizardUser(string? LoggingUnit, RegistrationSystem? UnitSystem)
{
    public static WizardUser Anonymous { get; } = new(null, null);

    public static WizardUser Of(ClaimsPrincipal? user, UnitOptions units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (user?.FindFirst(AppClaims.Unit)?.Value is not { } unit)
        {
            return Anonymous;
        }

        return new(Roles.MayLog(user) ? unit : null, units.Find(unit)?.RegistrationSystem);
    }

    /// <summary>Counts an attempt begun but left before any result, for staff who log decisions (their unit).</summary>
    public Task CountIfAbandonedAsync(WizardState state, CountAbandonedAttempt count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(count);
        return LoggingUnit is null || !state.IsAbandoned
            ? Task.CompletedTask
            : count.CountAsync(LoggingUnit, today, state.Flow.Answered);
    }
}
