using System.Globalization;
using System.Text;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>
/// The log as CSV for spreadsheets: UTF-8 with BOM (Excel reads å, ä, ö), <c>;</c> between cells (Swedish Excel),
/// and every cell that a spreadsheet could take for a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or carriage return) prefixed with an apostrophe.
/// </summary>
public static class LogCsv
{
    public const char Separator = ';';

    /// <summary>The columns: the row's own, then one per coded input (<see cref="Inputs.Coded"/>), then the outcome's.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "loggedAtUtc", "contactDate", "unit", "role", .. Inputs.Coded.Select(i => i.Name), "questionPath", "ruleSet",
        "ruleSetStatus", "registration", "contactTypeCode", "contactTypeName", "obligations", "notes", "trace",
        "appVersion", "secondsTaken", "answersChanged", "stepsBack", "comment", "voided", "voidReason",
    ];

    private static readonly UTF8Encoding _utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(IAsyncEnumerable<LogRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, _utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(Header));
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(Cells(row)));
            if (++count % 1000 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    public static IReadOnlyList<string?> Cells(LogRow row)
    {
        var d = row.Decision;
        var answers = d.GivenAnswers();
        return
        [
            d.Id.ToString(),
            d.LoggedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            d.ContactDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            d.UnitCode,
            d.Role,
            .. Inputs.Coded.Select(i => answers.WireValue(i.Input)),
            d.QuestionPath,
            d.RuleSetId,
            WireNames.Of(d.RuleSetStatus),
            WireNames.Of(d.Registration),
            d.ContactTypeCode,
            d.ContactTypeName,
            string.Join(' ', d.Obligations),
            string.Join(' ', d.NoteKinds),
            string.Join(' ', d.Trace),
            d.AppVersion,
            d.SecondsTaken?.ToString(CultureInfo.InvariantCulture),
            d.AnswersChanged?.ToString(CultureInfo.InvariantCulture),
            d.StepsBack?.ToString(CultureInfo.InvariantCulture),
            d.Comment,
            row.Voided ? "true" : "false",
            row.Void?.Reason,
        ];
    }

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
