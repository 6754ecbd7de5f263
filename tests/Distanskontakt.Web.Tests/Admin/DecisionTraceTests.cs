using Bunit;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Sources;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Distanskontakt.TestUtilities;
using Distanskontakt.Web.Components.Pages.Admin.Components;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Admin;

/// <summary>
/// The admin row detail's trace (issue 8): each stored rule id with the rule's content and its sources' own words,
/// looked up by the logged rule set even after a newer set took over; a set the app no longer knows is said so.
/// </summary>
public sealed class DecisionTraceTests : PageTestContext
{
    public DecisionTraceTests()
        : base(Clocks.At(2027, 2, 1)) // skane-v5 in force: the logged skane-v4 decision is from a superseded set.
    {
        Services.AddSingleton(new DecisionEngine(SkaneV5Fixture.Catalog(), Clock));
    }

    [Fact]
    public void ShouldShowEachRuleOfTheTraceWithItsContentAndSourceAfterANewerSetTookOver()
    {
        var cut = Render<DecisionDetail>(p => p
            .Add(c => c.Entry, Entry("skane-v4", ["v4-pasis-te", "v4-sob-pasis"]))
            .Add(c => c.OnVoid, _ => Task.FromResult<string?>(null)));

        var rules = cut.FindAll(".trace .trace-rule");
        Assert.Equal(["v4-pasis-te", "v4-sob-pasis"], rules.Select(r => r.GetAttribute("data-rule")));
        var te = rules[0];
        Assert.Contains("(skane-v4)", te.TextContent, StringComparison.Ordinal);
        Assert.Contains("System: PASiS · Kontaktsätt: Telefon · Ersätter besök: Nej", Squeezed(te.TextContent), StringComparison.Ordinal);
        Assert.Contains("Frivillig: TE Telefon stand", te.TextContent, StringComparison.Ordinal);
        Assert.Contains("Frivilligt: Registrera diagnos.", te.TextContent, StringComparison.Ordinal);
        var source = te.QuerySelector("details.source")!;
        Assert.Equal(("skane-v4", "§1.7.4"), (source.GetAttribute("data-document"), source.GetAttribute("data-section")));
        var words = SourceTexts.Section("skane-v4", "§1.7.4")!.Paragraphs[0];
        Assert.Contains(Squeezed(words), Squeezed(source.QuerySelector("blockquote")!.TextContent), StringComparison.Ordinal);

        var sob = rules[1];
        Assert.DoesNotContain("Beslut", sob.TextContent, StringComparison.Ordinal);
        Assert.Contains("Krävs: Registrera KVÅ-kod UW040 (kontakt inom Stöd och behandling).", sob.TextContent, StringComparison.Ordinal);
        Assert.Contains(WireNamesLabel(NoteKind.CarriedOver), sob.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".trace-unknown"));
    }

    [Fact]
    public void ShouldLookUpOverlayRulesAndSayWhenARuleIsMissing()
    {
        var trace = RuleTrace.Resolve(SkaneV5Fixture.Catalog(), "skane-v4", ["v4-pmo-video-ej-ersatter", "1177d-overlamnat", "v4-finns-inte"]);

        Assert.True(trace.RuleSetKnown);
        Assert.Equal("skane-v4", trace.Rules[0].Set?.Id);
        Assert.Equal("skane-1177d", trace.Rules[1].Set?.Id);
        Assert.Null(trace.Rules[2].Rule);

        var cut = Render<DecisionTrace>(p => p.Add(c => c.RuleSetId, "skane-v4").Add(c => c.RuleIds, ["v4-finns-inte"]));

        Assert.Contains("regeln finns inte i skane-v4", cut.Find(".trace-missing").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldSayInSwedishWhenTheLoggedRuleSetIsUnknown()
    {
        var cut = Render<DecisionTrace>(p => p.Add(c => c.RuleSetId, "skane-v2").Add(c => c.RuleIds, ["v2-pasis-te"]));

        Assert.Contains("Regeluppsättningen skane-v2 finns inte längre i appen", cut.Find(".trace-unknown").TextContent, StringComparison.Ordinal);
        Assert.Equal("v2-pasis-te", cut.Find(".trace-rule code").TextContent);
        Assert.Empty(cut.FindAll(".trace-rule dl"));
    }

    private static LogEntry Entry(string ruleSetId, string[] trace) => LogEntry.From(new LogRow(new LoggedDecision
    {
        Id = Guid.NewGuid(),
        LoggedAtUtc = new DateTime(2026, 5, 20, 9, 0, 0, DateTimeKind.Utc),
        ContactDate = new DateOnly(2026, 5, 20),
        UnitCode = "HUD-SUS-LUND",
        Role = "Personal",
        Answers = "system=pasis&channel=phone&supportProgram=false&replacesVisit=false&leadsToVisitSameDaySameUnit=true",
        System = RegistrationSystem.Pasis,
        Channel = Channel.Phone,
        ReplacesVisit = false,
        RuleSetId = ruleSetId,
        RuleSetStatus = RuleSetStatus.InForce,
        Registration = RegistrationKind.Optional,
        ContactTypeCode = "TE",
        ContactTypeName = "Telefon stand",
        ContactTypeKey = "TE",
        Trace = trace,
        AppVersion = "test",
    }, null));

    private static string WireNamesLabel(NoteKind kind) => Distanskontakt.Web.Components.Pages.Registrera.WizardTexts.NoteKindLabel(kind);

    private static string Squeezed(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
