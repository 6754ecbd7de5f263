using System.Security.Claims;
using Bunit;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.UseCases.RuleSets;
using Distanskontakt.Web.Security;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// A bUnit context for the rule-set pages (<see cref="PageTestContext"/>, its clock inside skane-v4, so skane-v5
/// from 2027-01-01 is scheduled): the fake backend, the preview use case on it, and an approver signed in as the demo admin.
/// </summary>
public abstract class RuleSetPagesTestContext : PageTestContext
{
    protected RuleSetPagesTestContext()
    {
        Services.AddSingleton<IRuleSetAdministration>(Administration);
        Services.AddSingleton<PreviewRuleSet>();
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
}
