using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// The review's filters. <see cref="Units"/> is never empty: an administrator sees their own units only.
/// <see cref="From"/> and <see cref="To"/> are contact dates, both inclusive. <see cref="ContactType"/> is the PASiS
/// code (<c>TE</c>) or the PMO vårdkontakt name.
/// </summary>
public sealed record LogFilter
{
    public required IReadOnlyCollection<string> Units { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public RegistrationSystem? System { get; init; }

    public string? ContactType { get; init; }

    public RegistrationKind? Registration { get; init; }

    public Channel? Channel { get; init; }
}

public enum LogSortColumn
{
    ContactDate,
    LoggedAt,
    Unit,
    ContactType,
    Channel,
    Registration,
}

public sealed record LogSort(LogSortColumn Column = LogSortColumn.ContactDate, bool Descending = true)
{
    public static LogSort Default { get; } = new();
}

/// <summary>One row of a page: the logged decision and its void entry, if any.</summary>
public sealed record LogRow(Persistence.Entities.LoggedDecision Decision, Persistence.Entities.DecisionVoid? Void)
{
    public bool Voided => Void is not null;
}

public sealed record LogPage(IReadOnlyList<LogRow> Items, int Total, int Page, int PageSize);

/// <summary>The figures of the filtered range (voided rows left out).</summary>
public sealed record LogFigures(
    int Decisions,
    IReadOnlyList<CountByKey> ByContactType,
    IReadOnlyList<CountByKey> ByChannel,
    int ReplacesVisitAnswered,
    int ReplacingVisit,
    int UnderExpiredRuleSet,
    IReadOnlyList<PathHesitation> Hesitation)
{
    /// <summary>Share of "ersätter besök" among the decisions where the question was answered.</summary>
    public double? ShareReplacingVisit => ReplacesVisitAnswered == 0 ? null : (double)ReplacingVisit / ReplacesVisitAnswered;
}

/// <summary><c>Key</c> is the code or name (contact type) or the wire name (channel); <c>Label</c> what to show.</summary>
public sealed record CountByKey(string Key, string Label, int Count);

/// <summary>
/// Hesitation on one question path: the median seconds to a result and the share of attempts whose answers were
/// changed (over wizard attempts that carry figures), and the attempts abandoned on that path.
/// </summary>
public sealed record PathHesitation(string QuestionPath, int Decisions, int WithFigures, double? MedianSeconds, double? ShareWithChangedAnswers, int Abandoned);
