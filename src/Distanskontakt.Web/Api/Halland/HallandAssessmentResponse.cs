using System.Text.Json.Serialization;

namespace Distanskontakt.Web.Api.Halland;

/// <summary>
/// The body of <c>POST /api/v1/halland/assessments</c> when every needed answer is given. <c>Result</c> is
/// "distanskontakt" or "inteDistanskontakt"; no PMO/PASiS type is named (the Halland sources give none).
/// </summary>
public sealed record CompleteHallandAssessmentResponse(
    string Result,
    string Channel,
    IReadOnlyList<HallandStatementDto> FailedConditions,
    IReadOnlyList<HallandStatementDto> Notes,
    IReadOnlyList<HallandStatementDto> Reminders,
    IReadOnlyList<SourceDto> Sources)
{
    [JsonPropertyOrder(-1)]
    public bool Complete => true;
}

/// <summary>A failed condition, a note or a reminder: its id, the text to act on, the source's words if quoted, and the source.</summary>
public sealed record HallandStatementDto(
    string Id,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Quote,
    SourceDto Source);
