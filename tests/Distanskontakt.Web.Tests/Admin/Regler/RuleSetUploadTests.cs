using System.Text;
using Bunit;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Web.Components.Pages.Admin.Regler;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>The upload on <c>/admin/regler</c>: refusals list every problem, an accepted file opens its preview.</summary>
public sealed class RuleSetUploadTests : RuleSetPagesTestContext
{
    [Fact]
    public void ShouldListEachProblemWhenTheUploadIsRefused()
    {
        string[] problems =
        [
            "v5-pasis-vs: okänt värde 'registrerad' i decide.registration",
            "system=pmo channel=video via1177Direkt=false: ingen regel ger ett utfall",
        ];
        Administration.UploadResult = new RuleSetUploadResult("ab12", null, problems);
        var cut = RenderPage<Components.Pages.Admin.Regler.Regler>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{\"id\":\"skane-v5\"}", "skane-v5.json"));

        cut.WaitForAssertion(() => Assert.Equal(problems, cut.FindAll(".refusal-problems li").Select(li => li.TextContent)));
        Assert.Contains("skane-v5.json avvisades (2 fel)", cut.Find(".refused").TextContent, StringComparison.Ordinal);
        var upload = Assert.Single(Administration.Uploads);
        Assert.Equal(("skane-v5.json", "{\"id\":\"skane-v5\"}", "demo:admin"), upload);
    }

    [Fact]
    public void ShouldOpenThePreviewOfAnAcceptedFile()
    {
        var file = RuleSetFixtures.FileOf(RuleSetFixtures.V5(), Guid.NewGuid());
        Administration.UploadResult = new RuleSetUploadResult(file.Sha256, file, []);
        var cut = RenderPage<Components.Pages.Admin.Regler.Regler>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(RuleSetFixtures.V5Json(), "skane-v5.json"));

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith($"/admin/regler/{file.Id}", navigation.Uri, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".refused"));
    }

    [Theory]
    [InlineData("tom", "skane-v5.json är tom.")]
    [InlineData("latin1", "skane-v5.json är inte sparad som UTF-8.")]
    [InlineData("stor", "skane-v5.json är för stor (513 KB). Största tillåtna storlek är 512 KB.")]
    [InlineData("txt", "skane-v5.txt är ingen .json-fil.")]
    public void ShouldRefuseAFileTheChecksCannotReadWithoutCallingTheBackend(string kind, string expected)
    {
        var (bytes, name) = kind switch
        {
            "tom" => ("  \n"u8.ToArray(), "skane-v5.json"),
            "latin1" => (Encoding.Latin1.GetBytes("{\"title\":\"Region Skåne\"}"), "skane-v5.json"),
            "stor" => (new byte[(int)RuleSetFileReader.MaxBytes + 1024], "skane-v5.json"),
            _ => ("{}"u8.ToArray(), "skane-v5.txt"),
        };
        var cut = RenderPage<Components.Pages.Admin.Regler.Regler>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, name));

        cut.WaitForAssertion(() => Assert.StartsWith(expected, cut.Find(".upload .problem").TextContent, StringComparison.Ordinal));
        Assert.Empty(Administration.Uploads);
    }

    [Fact]
    public void ShouldReadUtf8WithAByteOrderMarkAsTheJsonAlone()
    {
        var read = RuleSetFileReader.Decode("a.json", [0xEF, 0xBB, 0xBF, .. "{\"title\":\"Skåne\"}"u8]);

        Assert.Null(read.Problem);
        Assert.Equal("{\"title\":\"Skåne\"}", read.Content);
    }
}
