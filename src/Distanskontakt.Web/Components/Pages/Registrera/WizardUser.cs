using System.Security.Claims;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
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

        var logs = user.IsInRole(Roles.Personal) || user.IsInRole(Roles.Administrator);
        return new(logs ? unit : null, units.Find(unit)?.RegistrationSystem);
    }

    /// <summary>
    /// Counts an attempt begun (an answer given) but left before any result for the unit, with its question path
    /// only. A lost count must never break leaving the page.
    /// </summary>
    public async Task CountIfAbandonedAsync(WizardState state, IAbandonedAttemptCounter counter, DateOnly today, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(counter);
        if (LoggingUnit is null || !state.IsAbandoned)
        {
            return;
        }

        try
        {
            await counter.CountAbandonedAsync(LoggingUnit, today, LoggedDecisionFactory.PathOf(state.Flow.Answered));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Avbrutet försök kunde inte räknas");
        }
    }
}
