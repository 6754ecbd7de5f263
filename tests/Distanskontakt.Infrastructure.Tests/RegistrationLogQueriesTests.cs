using System.Text;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests;

public sealed class RegistrationLogQueriesTests : IDisposable
{
    private readonly SqliteLogDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task SeedAsync()
    {
        var token = TestContext.Current.CancellationToken;
        for (var day = 1; day <= 10; day++)
        {
            // TE inside Stöd och behandling: its own question path, which ends with the journal question.
            var te = new AnswersBuilder().Pasis().On(2026, 5, day).Phone().SupportProgram().NotReplacingVisit().JournalDocumented().Build();
            await _database.Log.AppendAsync(SqliteLogDatabase.Draft(te, attempt: new WizardAttemptFigures(10 * day, day % 2, 0)), token);
            await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PasisVideoReplacing(day)), token);
        }

        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(5), unit: "VC-B"), token);
    }

    [Fact]
    public async Task ShouldFilterByUnitDatesContactTypeAndChannelAndPageOnTheServer()
    {
        await SeedAsync();
        var token = TestContext.Current.CancellationToken;

        var all = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A"] }, LogSort.Default, 1, 5, token);
        var range = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A"], From = new(2026, 5, 3), To = new(2026, 5, 4) }, LogSort.Default, 1, 50, token);
        var te = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A"], ContactType = "TE" }, LogSort.Default, 2, 4, token);
        var video = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A", "VC-B"], Channel = Channel.Video, System = RegistrationSystem.Pasis }, LogSort.Default, 1, 50, token);
        var both = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A", "VC-B"], Registration = RegistrationKind.Register }, LogSort.Default, 1, 50, token);

        Assert.Equal(20, all.Total);
        Assert.Equal(5, all.Items.Count);
        Assert.Equal(new DateOnly(2026, 5, 10), all.Items[0].Decision.ContactDate);
        Assert.Equal(4, range.Total);
        Assert.Equal(10, te.Total);
        Assert.Equal(4, te.Items.Count);
        Assert.Equal(new DateOnly(2026, 5, 6), te.Items[0].Decision.ContactDate);
        Assert.Equal(10, video.Total);
        Assert.All(both.Items, r => Assert.Equal(RegistrationKind.Register, r.Decision.Registration));
    }

    [Fact]
    public async Task ShouldSortByTheChosenColumn()
    {
        await SeedAsync();
        var token = TestContext.Current.CancellationToken;

        var oldestFirst = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A"] }, new LogSort(LogSortColumn.ContactDate, false), 1, 1, token);
        var byUnit = await _database.Queries.PageAsync(new LogFilter { Units = ["VC-A", "VC-B"] }, new LogSort(LogSortColumn.Unit, true), 1, 1, token);

        Assert.Equal(new DateOnly(2026, 5, 1), oldestFirst.Items[0].Decision.ContactDate);
        Assert.Equal("VC-B", byUnit.Items[0].Decision.UnitCode);
    }

    [Fact]
    public async Task ShouldGiveTheFiguresOfTheFilteredRange()
    {
        await SeedAsync();
        var token = TestContext.Current.CancellationToken;
        await _database.Log.CountAbandonedAsync("VC-A", new DateOnly(2026, 5, 3), "system>contactDate>channel", token);
        await _database.Log.CountAbandonedAsync("VC-A", new DateOnly(2026, 5, 3), "system>contactDate>channel", token);

        var figures = await _database.Queries.FiguresAsync(new LogFilter { Units = ["VC-A"] }, token);

        Assert.Equal(20, figures.Decisions);
        Assert.Equal(10, figures.ByContactType.Single(c => c.Key == "TE").Count);
        Assert.Equal("TE Telefon stand", figures.ByContactType.Single(c => c.Key == "TE").Label);
        Assert.Equal(10, figures.ByChannel.Single(c => c.Key == "video").Count);
        Assert.Equal(20, figures.ReplacesVisitAnswered);
        Assert.Equal(10, figures.ReplacingVisit);
        Assert.Equal(0.5, figures.ShareReplacingVisit);
        Assert.Equal(0, figures.UnderExpiredRuleSet);
        var phonePath = figures.Hesitation.Single(h => h.QuestionPath.EndsWith("journalDocumented", StringComparison.Ordinal));
        Assert.Equal(10, phonePath.Decisions);
        Assert.Equal(10, phonePath.WithFigures);
        Assert.Equal(55, phonePath.MedianSeconds); // 10, 20 … 100
        Assert.Equal(0.5, phonePath.ShareWithChangedAnswers);
        Assert.Equal(2, figures.Hesitation.Single(h => h.QuestionPath == "system>contactDate>channel").Abandoned);
    }

    [Fact]
    public async Task ShouldCountDecisionsUnderAnExpiredRuleSet()
    {
        var token = TestContext.Current.CancellationToken;
        var afterV4 = Clocks.At(2027, 3, 1);
        var answers = new AnswersBuilder().Pmo().On(2027, 2, 1).Phone().Ordinary().ReplacingVisit().Build();
        var decision = Clocks.Engine(afterV4).Decide(answers);
        await _database.Log.AppendAsync(new RegistrationDraft(decision, answers, "VC-A", "Personal", SqliteLogDatabase.HashA), token);

        var figures = await _database.Queries.FiguresAsync(new LogFilter { Units = ["VC-A"] }, token);

        Assert.Equal(1, figures.UnderExpiredRuleSet);
    }

    [Fact]
    public async Task ShouldWriteCsvWithBomSemicolonsAndFormulaCellsDefused()
    {
        var token = TestContext.Current.CancellationToken;
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), comment: "=HYPERLINK(\"x\";\"y\")"), token);
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), comment: "@SUM(A1)"), token);
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), comment: "+46 kontakt; åter"), token);
        await _database.Log.AppendAsync(SqliteLogDatabase.Draft(CompleteAnswers.PmoPhoneReplacing(), comment: "-1"), token);

        using var output = new MemoryStream();
        await _database.Queries.WriteCsvAsync(new LogFilter { Units = ["VC-A"] }, output, token);
        var bytes = output.ToArray();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("id;loggedAtUtc;contactDate;unit;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\";", text, StringComparison.Ordinal);
        Assert.Contains(";'@SUM(A1);", text, StringComparison.Ordinal);
        Assert.Contains(";\"'+46 kontakt; åter\";", text, StringComparison.Ordinal);
        Assert.Contains(";'-1;", text, StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(";false;", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(null, "")]
    public void ShouldEscapeEachCell(string? value, string expected) => Assert.Equal(expected, LogCsv.Cell(value));

    [Fact]
    public void ShouldTakeTheMiddleOrTheMeanOfTheTwoMiddleValuesAsMedian()
    {
        Assert.Null(RegistrationLogQueries.Median([]));
        Assert.Equal(3, RegistrationLogQueries.Median([1, 3, 9]));
        Assert.Equal(2.5, RegistrationLogQueries.Median([1, 2, 3, 100]));
    }
}
