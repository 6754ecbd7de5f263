using Bunit;
using Distanskontakt.Web.Components.Pages.Registrera;
using Distanskontakt.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.RegistreraBeslut;

/// <summary>An attempt left before its result is counted for the unit and day, with its question path only.</summary>
public sealed class AbandonedAttemptTests : LogTestContext
{
    [Fact]
    public async Task ShouldCountAnAttemptLeftMidWayForTheUnitWithItsPathOnly()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var wizard = Open("/registrera?contactDate=2026-06-01");
        await wizard.InvokeAsync(() => wizard.FindAll("button[data-option='pmo']")[0].Click());
        await wizard.InvokeAsync(() => wizard.FindAll("button[data-option='phone']")[0].Click());

        await DisposeComponentsAsync();

        using var db = Factory.CreateDbContext();
        var counted = await db.AbandonedAttempts.AsNoTracking().SingleAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((PmoUnit, new DateOnly(2026, 6, 1), "system>contactDate>channel", 1),
            (counted.UnitCode, counted.Day, counted.QuestionPath, counted.Count));
    }

    [Fact]
    public async Task ShouldNotCountAnAttemptThatReachedItsResult()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var wizard = Open("/registrera?system=pmo&contactDate=2026-06-01");
        await wizard.InvokeAsync(() => wizard.FindAll("button[data-option='noteWithoutContact']")[0].Click());
        Assert.Contains("Kommentar", wizard.Markup, StringComparison.Ordinal);

        await DisposeComponentsAsync();

        using var db = Factory.CreateDbContext();
        Assert.Equal(0, await db.AbandonedAttempts.CountAsync(Xunit.TestContext.Current.CancellationToken));
    }

    private IRenderedComponent<Registrera> Open(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<Registrera>();
    }
}
