namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// One column of the log, for the CSV and the review's grid alike: <see cref="Key"/> is the CSV header and the
/// column's identity (the grid sorts by it, never by <see cref="Title"/>), <see cref="Cell"/> the CSV value,
/// <see cref="Shown"/> the grid's text where it differs (Swedish labels instead of wire names), and
/// <see cref="SortBy"/> the server-side order when the column can be sorted.
/// </summary>
public sealed record LogColumn(
    string Key,
    string Title,
    Func<LogEntry, string?> Cell,
    LogSortColumn? SortBy = null,
    Func<LogEntry, string>? Shown = null)
{
    public bool Sortable => SortBy is not null;

    /// <summary>What the grid shows: <see cref="Shown"/>, else the cell, else a dash.</summary>
    public string Display(LogEntry entry) => Shown?.Invoke(entry) ?? (Cell(entry) is { Length: > 0 } cell ? cell : "–");
}
