using System.Text.Json;

namespace Distanskontakt.Web.Api.Registrations;

/// <summary>The body of <c>POST /api/v1/registrations</c>: the decision request's fields plus <c>comment</c>.</summary>
public sealed class RegistrationRequest(IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields)
    : DecisionRequest(fields, duplicateFields, ExtraFields), IJsonObjectRequest<RegistrationRequest>
{
    public const string CommentField = "comment";

    public static readonly IReadOnlyList<string> ExtraFields = [CommentField];

    static RegistrationRequest IJsonObjectRequest<RegistrationRequest>.FromFields(
        IReadOnlyDictionary<string, JsonElement> fields, IReadOnlyList<string> duplicateFields) => new(fields, duplicateFields);

    /// <summary>The comment, or null when omitted, JSON null or blank. Call after validation.</summary>
    public string? Comment =>
        Field(CommentField)?.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
