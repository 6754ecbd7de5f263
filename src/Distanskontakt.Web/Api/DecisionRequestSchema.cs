namespace Distanskontakt.Web.Api;

/// <summary>
/// The request as the OpenAPI document describes it (spec §3). The endpoint itself reads the body by hand,
/// see <see cref="DecisionRequestReader"/>; null or an omitted field means "not answered".
/// </summary>
public sealed record DecisionRequestSchema(
    string? System,
    DateOnly? ContactDate,
    string? Channel,
    bool? Via1177Direkt,
    bool? HandedOverSameUnitSameDay,
    bool? SupportProgram,
    bool? JournalDocumented,
    bool? ReplacesVisit,
    bool? LeadsToVisitSameDaySameUnit);
