using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Scenarios;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests;

/// <summary>The one list of inputs (<see cref="Inputs.All"/>) that the API, the address form, the log and the pages iterate.</summary>
public sealed class InputDescriptorTests
{
    [Fact]
    public void ShouldDescribeEveryInputOnceInDeclarationOrder()
    {
        Assert.Equal(Enum.GetValues<Input>(), Inputs.All.Select(d => d.Input));
        Assert.All(Enum.GetValues<Input>(), input => Assert.Equal(input, Inputs.Of(input).Input));
        Assert.Equal(Inputs.All.Count, Inputs.All.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Inputs.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Label), d.Name));
        Assert.All(Inputs.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Question.Text), d.Name));
        Assert.All(Inputs.All, d => Assert.Same(d.Question, QuestionCatalog.For(d.Input)));
    }

    [Fact]
    public void ShouldListAChoicesOptionsInItsVocabularysOrderSoThatTheIndexIsTheCode()
    {
        Assert.Equal(WireNames.All<RegistrationSystem>(), Inputs.Of(Input.System).Options.Select(o => o.Value));
        Assert.Equal(WireNames.All<Channel>(), Inputs.Of(Input.Channel).Options.Select(o => o.Value));
        Assert.All(Inputs.All.Where(d => d.Type == AnswerType.YesNo), d => Assert.Equal(["true", "false"], d.Options.Select(o => o.Value)));
        Assert.Empty(Inputs.Of(Input.ContactDate).Options);
    }

    [Fact]
    public void ShouldReadBackEveryValueOfEveryCodedInput()
    {
        foreach (var input in Inputs.Coded)
        {
            foreach (var option in input.Options)
            {
                Assert.True(input.TryParseCode(option.Value, out var code), $"{input.Name}={option.Value}");
                Assert.Equal(option.Value, input.WireValueOf(code));
                Assert.True(Answers.Empty.TryWith(input.Input, option.Value, out var answers));
                Assert.Equal(option.Value, answers.WireValue(input.Input));
            }

            Assert.False(input.TryParseCode("True", out _), input.Name);
            Assert.False(input.TryParseCode(null, out _), input.Name);
        }

        Assert.DoesNotContain(Inputs.Of(Input.ContactDate), Inputs.Coded);
    }

    [Fact]
    public void ShouldKeepEveryScenariosAnswersThroughTheAddressForm()
    {
        foreach (var scenario in ScenarioCatalog.LoadEmbedded())
        {
            var answers = ScenarioCatalog.ToAnswers(scenario);
            var text = AnswerAddress.Format(answers);

            Assert.Equal(answers with { ContactDate = null }, AnswerAddress.Parse(text));
            Assert.Equal(answers, AnswerAddress.Parse(AnswerAddress.Format(answers, withDate: true)) with { ContactDate = answers.ContactDate });
            Assert.DoesNotContain("contactDate", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShouldWriteTheAddressFormInAskingOrderAndDropUnknownNamesAndValues()
    {
        var answers = new AnswersBuilder().Pmo().Phone().Via1177Direkt().HandedOver(false).Build();

        Assert.Equal("system=pmo&channel=phone&via1177Direkt=true&handedOverSameUnitSameDay=false", AnswerAddress.Format(answers));
        Assert.Equal(Answers.Empty with { Channel = Channel.Video },
            AnswerAddress.Parse("channel=video&tolkAnvands=true&system=skane&contactDate=2025-06-02&replacesVisit=kanske"));
    }

    [Fact]
    public void ShouldAskEveryAnsweredInputOfEveryScenarioGivenTheAnswersBeforeIt()
    {
        var engine = Clocks.Engine();
        foreach (var scenario in ScenarioCatalog.LoadEmbedded())
        {
            var result = engine.Decide(ScenarioCatalog.ToAnswers(scenario));
            var sets = engine.Catalog.WithOverlays(result.RuleSet);
            var known = default(AnswerCodes);
            foreach (var input in result.Answered.Where(i => i != Input.ContactDate))
            {
                Assert.True(Inputs.Of(input).IsAsked(known, sets), $"{scenario.Id}: {input}");
                known = known.With(input, result.Answers.Code(input));
            }

            Assert.All(result.Missing, input => Assert.True(Inputs.Of(input).IsAsked(known, sets) != false, $"{scenario.Id}: {input}"));
        }
    }
}
