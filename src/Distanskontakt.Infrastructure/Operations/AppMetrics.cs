using System.Diagnostics.Metrics;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Operations;

/// <summary>
/// The app's own counters (meter <see cref="MeterName"/>), exported at <c>/metrics</c> when metrics are on. Labels are
/// few and fixed (registration kind, rule-set id, where it happened, route), never a user, a unit or any free text:
/// a refused personnummer is counted, its value is never seen here.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "Distanskontakt";

    /// <summary>Where something happened: the JSON API or the wizard (a Blazor circuit).</summary>
    public const string FromApi = "api";

    public const string FromWizard = "guide";

    private readonly Counter<long> _decisions;
    private readonly Counter<long> _written;
    private readonly Counter<long> _unavailable;
    private readonly Counter<long> _personnummerRefused;

    public AppMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _decisions = meter.CreateCounter<long>("distanskontakt.decisions", description: "Fullständiga beslut, per registreringsutfall och regeluppsättning");
        _written = meter.CreateCounter<long>("distanskontakt.registrations.written", description: "Beslut skrivna till registreringsloggen (nya rader)");
        _unavailable = meter.CreateCounter<long>("distanskontakt.unavailable", description: "Svar 503 (databasen inte tillgänglig)");
        _personnummerRefused = meter.CreateCounter<long>("distanskontakt.personnummer.refused", description: "Fritext som vägrades för att den innehöll ett personnummer");
    }

    public void Decided(Outcome outcome, string source) => _decisions.Add(1,
        new KeyValuePair<string, object?>("registration", WireNames.Of(outcome.Registration)),
        new KeyValuePair<string, object?>("rule_set", outcome.RuleSet.Id),
        new KeyValuePair<string, object?>("source", source));

    public void RegistrationWritten(RegistrationKind registration) =>
        _written.Add(1, new KeyValuePair<string, object?>("registration", WireNames.Of(registration)));

    public void Unavailable(string route) => _unavailable.Add(1, new KeyValuePair<string, object?>("route", route));

    public void PersonnummerRefused(string source) => _personnummerRefused.Add(1, new KeyValuePair<string, object?>("source", source));
}
