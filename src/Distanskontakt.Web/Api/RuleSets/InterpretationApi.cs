using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Distanskontakt.Web.Api.RuleSets;

/// <summary>
/// <c>GET /api/v1/rulesets/{id}/interpretations</c>: the interpretation register of one set in the catalog in force
/// (shipped, or uploaded and activated), docs/domain.md §10.4. Public like the rule-set list: it is the instructions' own words.
/// </summary>
public static class InterpretationApi
{
    public const string NotFoundTitle = "Regeluppsättningen finns inte";

    /// <summary>Joins the rule-set group (<see cref="RuleSetApi.MapRuleSetApi"/>), so it shares its rate limit and tag.</summary>
    public static RouteGroupBuilder MapInterpretationApi(this RouteGroupBuilder ruleSets)
    {
        ruleSets.MapGet("/{id}/interpretations", Get)
            .WithName("ListInterpretations")
            .WithSummary("Tolkningsregistret för en regeluppsättning")
            .WithDescription("Varje tolkning, följd tidigare version och konflikt med id, ordagranna citat ur anvisningen, vald läsning och reglerna som bär den.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return ruleSets;
    }

    internal static Results<Ok<InterpretationRegisterDto>, ProblemHttpResult> Get(string id, DecisionEngine engine)
    {
        var set = engine.Catalog.Find(id);
        if (set is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, NotFoundTitle,
                "Ingen regeluppsättning i bruk har det id:t. GET /api/v1/rulesets listar dem.");
        }

        return TypedResults.Ok(new InterpretationRegisterDto(set.Id, set.Title,
            [.. InterpretationRegister.Entries(set).Select(e => new InterpretationDto(
                e.Interpretation.Id,
                WireNames.Of(e.Interpretation.Kind),
                e.Interpretation.Reading,
                [.. e.Interpretation.Quotes.Select(q => new QuoteDto(q.Document, q.Section, q.Text))],
                e.CarriedBy,
                e.NoteTexts))]));
    }
}

public sealed record InterpretationRegisterDto(string RuleSetId, string Title, IReadOnlyList<InterpretationDto> Interpretations);

/// <summary>One entry; <c>CarriedBy</c> names rule ids (or the overlay's own notes), <c>NoteTexts</c> what staff see.</summary>
public sealed record InterpretationDto(
    string Id, string Kind, string Reading, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<string> CarriedBy, IReadOnlyList<string> NoteTexts);

public sealed record QuoteDto(string Document, string Section, string Text);
