using System.Security.Claims;
using Bunit;
using Distanskontakt.Domain.Engine;
using Distanskontakt.TestUtilities;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// A bUnit context for the rule-set pages: the fake backend, the engine on a pinned clock (2026-06-01, inside
/// skane-v4, so skane-v5 from 2027-01-01 is scheduled), and an approver signed in as the demo admin.
/// </summary>
public abstract class RuleSetPagesTestContext : BunitContext
{
    protected RuleSetPagesTestContext()
    {
        Services.AddSingleton<IRuleSetAdministration>(Administration);
        Services.AddSingleton(Engine);
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = AddAuthorization();
        authorization.SetAuthorized("admin");
        authorization.SetRoles(Roles.Administrator);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, "demo:admin"));
        authorization.SetPolicies(Policies.Administer, Policies.LogDecisions, Policies.ApproveRules);
    }

    internal FakeRuleSetAdministration Administration { get; } = new();

    protected FakeTimeProvider Clock { get; } = Clocks.MidV4();

    protected DecisionEngine Engine => _engine ??= Clocks.Engine(Clock);

    private DecisionEngine? _engine;
}
