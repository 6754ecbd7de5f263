using Distanskontakt.Domain.Halland;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Web.Components.Pages.Halland;

namespace Distanskontakt.Web.Tests.Shell;

/// <summary>The Halland wizard's state without Blazor: each step, the address, the verdict.</summary>
public sealed class HallandWizardStateTests
{
    private const string Base = "http://localhost";

    private static readonly HallandAssessmentEngine _engine =
        new(HallandProfileVerifier.LoadVerified(SourceTextCatalog.LoadEmbedded()));

    private static HallandWizardState Open(string address = HallandUrl.Page) => HallandWizardState.Open(_engine, Base + address);

    [Fact]
    public void ShouldAskTheChannelFirstAndTheEnginesNextQuestionAfterEachAnswer()
    {
        var state = Open();
        Assert.Equal(HallandWireNames.Channel, state.CurrentQuestion?.Name);
        Assert.False(state.CanGoBack);

        Assert.True(state.Answer(HallandWireNames.Channel, "text"));

        Assert.Equal(_engine.Assess(state.Assessment.Answers).NextQuestion?.Name, state.CurrentQuestion?.Name);
        Assert.Equal("ersatterBesok", state.KeyedQuestion?.Name);
        Assert.Equal("/halland?channel=text", state.Url);
        Assert.Equal("Fråga: Ersätter kontakten ett fysiskt besök?", state.Announcement);
    }

    [Fact]
    public void ShouldShowThatALetterIsNotADistanskontakt()
    {
        var state = Open();

        state.Answer(HallandWireNames.Channel, "letter");

        var result = Assert.IsType<HallandResult>(state.ShownResult);
        Assert.Equal(HallandVerdict.InteDistanskontakt, result.Verdict);
        Assert.Null(state.KeyedQuestion);
        Assert.Equal("Resultat: Inte en distanskontakt.", state.Announcement);
    }

    [Fact]
    public void ShouldRefuseAValueTheQuestionNeverTakes()
    {
        var state = Open("?channel=text");

        Assert.False(state.Answer("ersatterBesok", "kanske"));

        Assert.Equal("/halland?channel=text", state.Url);
    }

    [Fact]
    public void ShouldGoBackCancelAChangeAndChangeAnEarlierAnswer()
    {
        var state = Open("?channel=text&ersatterBesok=false");

        state.Change(HallandWireNames.Channel);
        Assert.Equal(HallandWireNames.Channel, state.CurrentQuestion?.Name);
        Assert.True(state.Back());
        Assert.Equal("motsvararBesok", state.CurrentQuestion?.Name);

        Assert.True(state.Back());
        Assert.Equal("/halland?channel=text", state.Url);

        state.Change(HallandWireNames.Channel);
        state.Answer(HallandWireNames.Channel, "letter");
        Assert.NotNull(state.ShownResult);
        Assert.Equal("/halland?channel=letter", state.Url);
    }

    [Fact]
    public void ShouldReportAnUnknownValueAndRestoreItsOwnAddress()
    {
        var broken = Open("?channel=fax");
        Assert.Contains("fax", broken.ProblemFor(HallandWireNames.Channel), StringComparison.Ordinal);
        Assert.True(broken.AddressNeedsRewrite);

        var state = Open("?channel=phone&ersatterBesok=true&motsvararBesok=false");
        var reopened = Open(state.Url);

        Assert.Equal(state.Assessment.Answers, reopened.Assessment.Answers);
        Assert.Equal(state.CurrentQuestion?.Name, reopened.CurrentQuestion?.Name);
        Assert.False(reopened.AddressNeedsRewrite);
    }

    [Fact]
    public void ShouldStartANewAssessmentFromScratch()
    {
        var state = Open("?channel=letter");

        state.NewAssessment();

        Assert.Equal("/halland", state.Url);
        Assert.Equal(HallandWireNames.Channel, state.CurrentQuestion?.Name);
    }
}
