using System.Text;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// The log as CSV for spreadsheets: UTF-8 with BOM (Excel reads å, ä, ö), <c>;</c> between cells (Swedish Excel),
/// and every cell that a spreadsheet could take for a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or carriage return) prefixed with an apostrophe.
/// </summary>
public static class LogCsv
{
    public const char Separator = ';';

    /// <summary>The header: the keys of <see cref="LogColumns.All"/>, in order.</summary>
    public static readonly IReadOnlyList<string> Header = [.. LogColumns.All.Select(c => c.Key)];

    private static readonly UTF8Encoding _utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(IAsyncEnumerable<LogRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, _utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(Cells(LogEntry.From(row))));
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>The row's cells, one per column of <see cref="LogColumns.All"/>.</summary>
    public static IReadOnlyList<string?> Cells(LogEntry entry) => [.. LogColumns.All.Select(c => c.Cell(entry))];

    public static string Line(IEnumerable<string?> cells) => string.Join(Separator, cells.Select(Cell)) + "\r\n";

    /// <summary>One cell: formula-looking text defused, then quoted when it holds a separator, quote or line break.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
