using Distanskontakt.Domain.RuleSets;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Domain.Tests.RuleSets;

/// <summary>The impact of skane-v5 (fixture) on logged answer counts; every expected figure counted by hand.</summary>
public sealed class RuleSetImpactTests
{
    private const string PmoVideoName = "Video som inte ersätter besök";

    private static readonly RuleSetCatalog _catalog = SkaneV5Fixture.Catalog();
    private static readonly RuleSetDiffReport _diff = RuleSetDiff.Compare(_catalog, "skane-v4", SkaneV5Fixture.Id);

    [Fact]
    public void ShouldCountTheDecisionsRegisteredDifferentlyPerLoggedContactType()
    {
        LoggedAnswerCount[] logged =
        [
            // VS becomes mandatory: 5 changed.
            new(new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().Build(), "VS", 5),
            // An off-path answer (1177 direkt is never asked in PASiS) does not hide the change: 1 changed.
            new(new AnswersBuilder().Pasis().Video().Via1177Direkt().SupportProgram(false).NotReplacingVisit().Build(), "VS", 1),
            // VK is untouched: 0 of 3.
            new(new AnswersBuilder().Pasis().Video().SupportProgram(false).ReplacingVisit().Build(), "VK", 3),
            // TE gains an interpretation note (skane-v4 asks no same-day question for TE since revision 2, so the
            // logged answer is off the path): every TE row changes, 2 + 4.
            new(new AnswersBuilder().Pasis().Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build(), "TE", 2),
            new(new AnswersBuilder().Pasis().Phone().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay(false).Build(), "TE", 4),
            // KT inside Stöd och behandling loses the dropped interpretation note: 2 changed.
            new(new AnswersBuilder().Pasis().Phone().SupportProgram().ReplacingVisit().Build(), "KT", 2),
            // PMO Telefonsamtal with the same-day question unanswered: no outcome under either set, 1 undetermined.
            new(new AnswersBuilder().Pmo().Phone().Ordinary().NotReplacingVisit().Build(), "Telefonsamtal", 1),
            // PMO video not replacing gets the new name: 6 changed.
            new(new AnswersBuilder().Pmo().Video().Ordinary().NotReplacingVisit().LeadsToVisitSameDay(false).Build(), PmoVideoName, 6),
            // Handed over in 1177 direkt: none under both sets, 0 of 1.
            new(new AnswersBuilder().Pmo().Video().Via1177Direkt().HandedOver().Build(), null, 1),
            // PMO phone replacing a visit: 0 of 7.
            new(new AnswersBuilder().Pmo().Phone().Ordinary().ReplacingVisit().Build(), "Telefonkontakt som ersätter besök", 7),
        ];

        var impact = RuleSetImpact.Count(_catalog, _diff, logged);

        Assert.Equal(("skane-v4", "skane-v5"), (impact.OldId, impact.NewId));
        Assert.Equal(32, impact.Decisions);
        Assert.Equal(20, impact.Changed);
        Assert.Equal(1, impact.Undetermined);
        Assert.Equal(
            [
                new ContactTypeImpact("TE", 6, 6, 0),
                new ContactTypeImpact("VS", 6, 6, 0),
                new ContactTypeImpact(PmoVideoName, 6, 6, 0),
                new ContactTypeImpact("KT", 2, 2, 0),
                new ContactTypeImpact("Telefonkontakt som ersätter besök", 7, 0, 0),
                new ContactTypeImpact("VK", 3, 0, 0),
                new ContactTypeImpact(null, 1, 0, 0),
                new ContactTypeImpact("Telefonsamtal", 1, 0, 1),
            ],
            impact.ByContactType);
    }

    [Fact]
    public void ShouldKeyAnswersAsTheDiffKeysItsPaths()
    {
        var offPath = new AnswersBuilder().Pasis().On(2026, 5, 4).Video().Via1177Direkt().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay().Build();

        Assert.Equal(
            "system=pasis channel=video supportProgram=false replacesVisit=false",
            RuleSetImpact.PathKey(_catalog, _diff, offPath));
        Assert.Null(RuleSetImpact.PathKey(_catalog, _diff, new AnswersBuilder().Pasis().Video().Build()));
    }

    [Fact]
    public void ShouldFindNoImpactWhenOnlyTheIdChanges()
    {
        var catalog = SkaneV5Fixture.Catalog(renameOnly: true);
        var diff = RuleSetDiff.Compare(catalog, "skane-v4", SkaneV5Fixture.Id);

        var impact = RuleSetImpact.Count(catalog, diff,
            [new(new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().Build(), "VS", 9)]);

        Assert.Equal((9, 0, 0), (impact.Decisions, impact.Changed, impact.Undetermined));
    }

    [Fact]
    public void ShouldCountRowsANewQuestionLeavesOpenAsUndetermined()
    {
        // A set that adds triage to VS asks "leads to a visit the same day" where skane-v4 did not: rows logged under
        // skane-v4 lack that answer, so whether they change cannot be told.
        var json = SkaneV5Fixture.Json();
        var triage = json["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == "v5-triage-pmo-video").DeepClone().AsObject();
        triage["id"] = "v5-triage-pasis-vs";
        triage["when"] = System.Text.Json.Nodes.JsonNode.Parse("""{"system":"pasis","channel":"video","replacesVisit":false,"leadsToVisitSameDaySameUnit":true}""");
        json["rules"]!.AsArray().Add(triage);
        var catalog = new RuleSetCatalog([.. RuleSetCatalog.LoadEmbeddedFiles(), RuleSetParser.Parse(json.ToJsonString(), "skane-v5.json")]);
        var diff = RuleSetDiff.Compare(catalog, "skane-v4", SkaneV5Fixture.Id);

        var impact = RuleSetImpact.Count(catalog, diff,
        [
            new(new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().Build(), "VS", 4),
            new(new AnswersBuilder().Pasis().Video().SupportProgram(false).NotReplacingVisit().LeadsToVisitSameDay(false).Build(), "VS", 3),
        ]);

        Assert.Equal((7, 3, 4), (impact.Decisions, impact.Changed, impact.Undetermined));
    }
}
