using Distanskontakt.Infrastructure.Log;

namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>One page of the review: the entries and the number of rows the filter matches.</summary>
public sealed record ReviewPage(IReadOnlyList<LogEntry> Items, int Total, int Page, int PageSize);

/// <summary>
/// The review's reads, as read models: filtered pages sorted on the server, one entry, the figures and the CSV. An
/// administrator reads their own units only (<see cref="LogFilter.Units"/>).
/// </summary>
public sealed class ReviewLog(RegistrationLogQueries queries)
{
    public const int MaxPageSize = RegistrationLogQueries.MaxPageSize;

    public async Task<ReviewPage> PageAsync(LogFilter filter, LogSort sort, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var rows = await queries.PageAsync(filter, sort, page, pageSize, cancellationToken);
        return new ReviewPage([.. rows.Items.Select(LogEntry.From)], rows.Total, rows.Page, rows.PageSize);
    }

    public async Task<LogEntry?> FindAsync(Guid id, IReadOnlyCollection<string> units, CancellationToken cancellationToken = default) =>
        await queries.FindAsync(id, units, cancellationToken) is { } row ? LogEntry.From(row) : null;

    public Task<LogFigures> FiguresAsync(LogFilter filter, CancellationToken cancellationToken = default) =>
        queries.FiguresAsync(filter, cancellationToken);

    /// <summary>The filtered rows as CSV (<see cref="LogCsv"/>, columns of <see cref="LogColumns.All"/>), streamed.</summary>
    public Task WriteCsvAsync(LogFilter filter, Stream output, CancellationToken cancellationToken = default) =>
        queries.WriteCsvAsync(filter, output, cancellationToken);
}
