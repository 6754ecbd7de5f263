namespace Distanskontakt.Web.Api.Registrations;

/// <summary>A logged decision as the API shows it (never the user's hash). <c>Answers</c> uses the request's names.</summary>
public sealed record LoggedDecisionDto(
    Guid Id,
    DateTime LoggedAt,
    DateOnly ContactDate,
    string Unit,
    string Role,
    IReadOnlyDictionary<string, object?> Answers,
    string? Comment,
    LoggedOutcomeDto Decision,
    WizardAttemptDto? Attempt,
    string AppVersion,
    bool Voided,
    VoidDto? Void);

/// <summary>The decision outcome as logged: rule set and status, registration, type, obligation levels, note kinds, trace.</summary>
public sealed record LoggedOutcomeDto(
    LoggedRuleSetDto RuleSet,
    string Registration,
    ContactTypeDto? ContactType,
    IReadOnlyList<LoggedObligationDto> Obligations,
    IReadOnlyList<string> NoteKinds,
    IReadOnlyList<string> Trace,
    string QuestionPath);

public sealed record LoggedRuleSetDto(string Id, string Status);

public sealed record LoggedObligationDto(string Id, string Level);

public sealed record WizardAttemptDto(int? SecondsTaken, int? AnswersChanged, int? StepsBack);

public sealed record VoidDto(string Reason, DateTime VoidedAt);

/// <summary>One page of <c>GET /api/v1/registrations</c>.</summary>
public sealed record RegistrationPageDto(IReadOnlyList<LoggedDecisionDto> Items, int Total, int Page, int PageSize);
