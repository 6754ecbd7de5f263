using System.Security.Claims;
using Bunit;
using Distanskontakt.Domain.Engine;
using Distanskontakt.TestUtilities;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Components;
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

    /// <summary>
    /// Renders a page as the interactive server render does (or as the prerender does). The renderer is set up
    /// here, after each test registered its services: bUnit takes no services once one has been read.
    /// </summary>
    protected IRenderedComponent<T> RenderPage<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null, bool interactive = true)
        where T : IComponent
    {
        SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        return parameters is null ? Render<T>() : Render(parameters);
    }

    protected FakeTimeProvider Clock { get; } = Clocks.MidV4();

    protected DecisionEngine Engine => _engine ??= Clocks.Engine(Clock);

    private DecisionEngine? _engine;
}
