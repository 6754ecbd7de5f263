using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.Training;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.Training;

public sealed class CustomScenarioTests
{
    private static readonly DateOnly _today = new(2026, 6, 1);

    private static CustomScenarioDraft PasisPhoneReplacing(string code = "KT", string name = "Telefon kval") => new(
        "Uppföljning per telefon",
        "Läkaren ringer patienten, bedömer provsvaren och ändrar behandlingen.",
        new DateOnly(2025, 9, 1),
        new AnswersBuilder().Pasis().Phone().SupportProgram(false).ReplacingVisit().LeadsToVisitSameDay(false).Build(),
        RegistrationKind.Register,
        code,
        name,
        new HashSet<ObligationId> { ObligationId.Journal, ObligationId.Diagnosis });

    private static TrainingScenario Stored(CustomScenarioDraft draft) => CustomScenarios.ToScenario(
        7, draft.Title, draft.Situation, draft.ContactDate, CustomScenarioDraft.AnswersText(draft.Answers), "skane-v4",
        draft.Registration, draft.ContactTypeCode, draft.ContactTypeName, CustomScenarios.RequiredText(draft.Required));

    [Fact]
    public void ShouldNotFlagACustomScenarioThatAgreesWithTheEngine()
    {
        var engine = Clocks.Engine();
        var draft = PasisPhoneReplacing();
        var required = engine.Decide(draft.Answers with { ContactDate = draft.ContactDate }).Outcome!.Obligations
            .Where(o => o.Level == ObligationLevel.Required).Select(o => o.Id).ToHashSet();

        var check = ExpectationCheck.For(Stored(draft with { Required = required }), engine);

        Assert.False(check.IsStale, string.Join(" ", check.Differences));
    }

    [Fact]
    public void ShouldFlagACustomScenarioWhoseExpectationDisagreesAtItsOwnDate()
    {
        var engine = Clocks.Engine();

        var check = ExpectationCheck.For(Stored(PasisPhoneReplacing("TE", "Telefon stand")), engine);

        Assert.True(check.IsStale);
        Assert.Contains(check.Differences, d => d.StartsWith("Kontakttyp: förväntad TE Telefon stand, motorn KT Telefon kval", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldKeepTheAnswersAndObligationsThroughStorage()
    {
        var draft = PasisPhoneReplacing();

        var scenario = Stored(draft);

        Assert.Equal("eget-7", scenario.Id);
        Assert.Equal(ScenarioOrigin.Custom, scenario.Origin);
        Assert.Equal(draft.Answers with { ContactDate = draft.ContactDate }, scenario.Answers);
        Assert.Equal(draft.Required.Order(), scenario.Expected.Required.Order());
        Assert.Equal("KT", scenario.Expected.ContactType!.Code);
    }

    [Fact]
    public void ShouldRefuseAPersonnummerWithoutRepeatingIt()
    {
        const string number = "19811218-9876";
        var draft = PasisPhoneReplacing() with { Situation = $"Patienten {number} ringer.", Title = "Samtal 198112189876" };

        var problems = draft.Validate(_today, Clocks.Engine());

        Assert.Equal(PersonnummerDetector.RefusalMessage, problems[CustomScenarioDraft.SituationField]);
        Assert.Equal(PersonnummerDetector.RefusalMessage, problems[CustomScenarioDraft.TitleField]);
        Assert.DoesNotContain(problems.Values, p => p.Contains("9876", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseIncompleteAnswersAFutureDateAndAMissingType()
    {
        var draft = PasisPhoneReplacing() with
        {
            Answers = new AnswersBuilder().Pasis().Phone().Build(),
            ContactTypeName = " ",
        };

        var problems = draft.Validate(_today, Clocks.Engine());
        var future = (draft with { ContactDate = _today.AddDays(1) }).Validate(_today, Clocks.Engine());

        Assert.StartsWith("Svaren räcker inte", problems[CustomScenarioDraft.AnswersField], StringComparison.Ordinal);
        Assert.Equal("Ange kontakttypen som ska registreras.", problems[CustomScenarioDraft.ContactTypeField]);
        Assert.StartsWith("Datumet får inte ligga efter i dag", future[CustomScenarioDraft.ContactDateField], StringComparison.Ordinal);
        Assert.Empty(PasisPhoneReplacing().Validate(_today, Clocks.Engine()));
    }
}
