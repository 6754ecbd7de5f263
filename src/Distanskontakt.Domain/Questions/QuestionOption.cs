namespace Distanskontakt.Domain.Questions;

/// <summary>One answer to pick. <c>Value</c> is the API's value as text: "pmo", "phone", "true", "false".</summary>
public sealed record QuestionOption(string Value, string Label, string? Help = null);
