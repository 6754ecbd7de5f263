using Bunit;
using Distanskontakt.Domain.Privacy;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Registrera.Components;
using Distanskontakt.Web.Security;

namespace Distanskontakt.Web.Tests.RegistreraBeslut;

/// <summary>"Registrera beslutet" on the result card: who sees it, saving, refusals, a database that is down.</summary>
public sealed class RegisterDecisionTests : LogTestContext
{
    private const string DraftKey = "/registrera?system=pmo&contactDate=2026-06-01&channel=phone";

    /// <summary>A valid personnummer (Luhn) that must never be stored or shown back.</summary>
    private const string Personnummer = "19121212-1212";

    [Fact]
    public void ShouldSaveTheDecisionWithItsCommentForPersonal()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var cut = RenderDialog();

        Open(cut);
        cut.Find("textarea").Input("Ringde tillbaka efter provsvar");
        Click(cut, "Spara");

        cut.WaitForAssertion(() => Assert.Equal("Beslutet är sparat", cut.Find(".register-saved").TextContent));
        var row = Assert.Single(Rows());
        Assert.Equal("Ringde tillbaka efter provsvar", row.Comment);
        Assert.Equal(PmoUnit, row.UnitCode);
        Assert.Equal(Roles.Personal, row.Role);
        Assert.Equal(SignedInUser.HashOf("demo:personal"), row.UserIdHash);
        Assert.Equal(12, row.SecondsTaken);
        JSInterop.VerifyInvoke("sessionStorage.removeItem");
    }

    [Fact]
    public void ShouldRefuseAPersonnummerInTheCommentWithoutRepeatingItOrSavingAnything()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var cut = RenderDialog();

        Open(cut);
        cut.Find("textarea").Input("Patient " + Personnummer + " ringde");
        Click(cut, "Spara");

        Assert.Equal(PersonnummerDetector.RefusalMessage, cut.Find("#register-problem").TextContent);
        Assert.DoesNotContain("1212", cut.Find("#register-problem").TextContent, StringComparison.Ordinal);
        Assert.Empty(Rows());
        Assert.DoesNotContain(JSInterop.Invocations, call => call.Identifier == "sessionStorage.setItem"
            && call.Arguments.Any(argument => argument is string text && text.Contains("1212", StringComparison.Ordinal)));
    }

    [Fact]
    public void ShouldSayVisiblyThatTheDecisionIsNotSavedWhenTheDatabaseIsDownAndSaveOnceOnRetry()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var cut = RenderDialog();
        Open(cut);
        cut.Find("textarea").Input("Kommentar som ska överleva");

        DatabaseDown = true;
        Click(cut, "Spara");
        cut.WaitForAssertion(() => Assert.Contains("Beslutet är inte sparat — försök igen", cut.Find(".register-failed").TextContent, StringComparison.Ordinal));
        Assert.Equal("Kommentar som ska överleva", cut.Find("textarea").GetAttribute("value"));

        DatabaseDown = false;
        Click(cut, "Försök igen");
        cut.WaitForAssertion(() => Assert.Equal("Beslutet är sparat", cut.Find(".register-saved").TextContent));
        Assert.Single(Rows());
    }

    [Fact]
    public void ShouldBringBackAnUnsentCommentAfterAReload()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        JSInterop.Setup<string?>("sessionStorage.getItem", "distanskontakt.kommentar:" + DraftKey).SetResult("Skrevs före omladdningen");

        var cut = RenderDialog();

        cut.WaitForAssertion(() => Assert.Equal("Skrevs före omladdningen", cut.Find("textarea").GetAttribute("value")));
    }

    [Fact]
    public void ShouldKeepTheCommentInSessionStorageWhileItIsUnsent()
    {
        SignIn("personal", Roles.Personal, PmoUnit);
        var cut = RenderDialog();
        Open(cut);

        cut.Find("textarea").Input("Utkast");

        var stored = JSInterop.VerifyInvoke("sessionStorage.setItem");
        Assert.Equal(["distanskontakt.kommentar:" + DraftKey, "Utkast"], stored.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Utbildare)]
    public void ShouldNotOfferLoggingToAnonymousUsersOrTrainers(string? role)
    {
        if (role is null)
        {
            AddAuthorization();
        }
        else
        {
            SignIn("utbildare", role, PmoUnit);
        }

        var cut = RenderDialog();

        Assert.Empty(cut.FindAll("button"));
    }

    private IRenderedComponent<RegisterDecision> RenderDialog()
    {
        var answers = new AnswersBuilder().Pmo().On(2026, 6, 1).Phone().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build();
        var flow = Engine.Decide(answers);
        Assert.True(flow.Complete);
        return Render<RegisterDecision>(parameters => parameters
            .Add(p => p.Decision, flow)
            .Add(p => p.GivenAnswers, flow.Answers)
            .Add(p => p.Attempt, new WizardAttemptFigures(12, 1, 0))
            .Add(p => p.DraftKey, DraftKey));
    }

    private static void Open(IRenderedComponent<RegisterDecision> cut) => Click(cut, "Registrera beslutet");

    private static void Click(IRenderedComponent<RegisterDecision> cut, string text) =>
        cut.FindAll("button").Single(button => button.TextContent.Trim() == text).Click();
}
