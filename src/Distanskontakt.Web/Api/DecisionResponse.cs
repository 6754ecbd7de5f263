using System.Text.Json.Serialization;

namespace Distanskontakt.Web.Api;

/// <summary>The body of <c>POST /api/v1/decisions</c> when every needed answer is given.</summary>
public sealed record CompleteDecisionResponse(
    RuleSetDto RuleSet,
    string Registration,
    ContactTypeDto? ContactType,
    IReadOnlyList<ObligationDto> Obligations,
    IReadOnlyList<NoteDto> Notes,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<string> Trace)
{
    [JsonPropertyOrder(-1)]
    public bool Complete => true;
}

/// <summary>The body when answers are missing: what is still unanswered on the path and the next question.</summary>
public sealed record IncompleteDecisionResponse(IReadOnlyList<string> Missing, QuestionDto NextQuestion)
{
    [JsonPropertyOrder(-1)]
    public bool Complete => false;
}

public sealed record RuleSetDto(string Id, string Title, DateOnly? ValidFrom, DateOnly? ValidTo, string Status);

public sealed record RuleSetListItemDto(string Id, string Title, string Kind, DateOnly? ValidFrom, DateOnly? ValidTo, string Status);

public sealed record ContactTypeDto(string System, string? Code, string Name);

public sealed record ObligationDto(string Id, string Level, string Text);

/// <summary>
/// A note; <c>Id</c> names its entry in the rule set's interpretation register
/// (<c>GET /api/v1/rulesets/{id}/interpretations</c>) and is left out for notes outside it.
/// </summary>
public sealed record NoteDto(
    string Kind,
    string Text,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Id = null);

public sealed record SourceDto(string Document, string Section);

public sealed record QuestionDto(string Id, string Text, string Help, IReadOnlyList<OptionDto> Options);

/// <summary><c>Value</c> is a JSON boolean for yes/no questions and a string otherwise.</summary>
public sealed record OptionDto(object Value, string Label);
