using Distanskontakt.E2E.Tests.Pages;
using Distanskontakt.E2E.Tests.Scenarios;

namespace Distanskontakt.E2E.Tests.Tests;

/// <summary>What every finished scenario must show, and the address it must leave behind.</summary>
public static class ResultAssertions
{
    public const string NoRegistration = "Ingen registrering";

    public static async Task ShouldShowAsync(WizardPage wizard, WizardScenario scenario)
    {
        var result = wizard.Result;
        var expected = scenario.Expected;
        await Expect(result.Heading).ToBeVisibleAsync();

        if (expected.ContactType == NoRegistration)
        {
            await Expect(result.Verdict(NoRegistration)).ToBeVisibleAsync();
            await Expect(result.ContactType).ToHaveCountAsync(0);
        }
        else
        {
            var printed = expected.Code is null ? expected.ContactType : $"{expected.Code} {expected.ContactType}";
            await Expect(result.ContactType).ToHaveTextAsync(printed);
        }

        if (expected.Registration is not null)
        {
            await Expect(result.Verdict(expected.Registration)).ToBeVisibleAsync();
        }

        await Expect(result.Obligations).ToHaveCountAsync(expected.Obligations.Count);
        foreach (var obligation in expected.Obligations)
        {
            await Expect(result.Obligation(obligation)).ToBeVisibleAsync();
        }

        foreach (var section in expected.Sections)
        {
            await Expect(result.Source(section).First).ToBeVisibleAsync();
        }

        await Expect(wizard.Page).ToHaveURLAsync(WizardPage.QueryHas("contactDate", scenario.Query["contactDate"]));
        Assert.Equal(scenario.Query, wizard.Query());
    }
}
