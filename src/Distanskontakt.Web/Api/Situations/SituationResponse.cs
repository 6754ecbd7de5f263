using System.Text.Json.Serialization;

namespace Distanskontakt.Web.Api.Situations;

/// <summary>The body of <c>GET /api/v1/situations</c>: the query as given and the matching examples, best first.</summary>
public sealed record SituationResponse(string Query, IReadOnlyList<SituationResultDto> Results);

/// <summary>
/// One example bullet, verbatim, with the answers it decides (the wire names of <c>POST /api/v1/decisions</c>) and
/// the wizard's address with those answers filled in.
/// </summary>
public sealed record SituationResultDto(string Id, string Text, string Document, string Section, SituationAnswersDto Answers, string Href);

/// <summary>Only the answers the example decides are present; post them with <c>system</c> to <c>/api/v1/decisions</c>.</summary>
public sealed record SituationAnswersDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Channel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Via1177Direkt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? HandedOverSameUnitSameDay,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? SupportProgram,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? ReplacesVisit);
