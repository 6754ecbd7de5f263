using System.Text;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Infrastructure.Tests.UseCases;

/// <summary>One column list for the CSV and the review grid: the header, the cells and the server-side sort by each key.</summary>
public sealed class LogColumnsTests : IDisposable
{
    /// <summary>The export's header as spreadsheets and scripts downstream read it: it must not change by accident.</summary>
    private const string ExpectedHeader =
        "id;loggedAtUtc;contactDate;unit;role;system;channel;via1177Direkt;handedOverSameUnitSameDay;supportProgram;replacesVisit;"
        + "journalDocumented;leadsToVisitSameDaySameUnit;questionPath;ruleSet;ruleSetStatus;registration;contactTypeCode;contactTypeName;"
        + "obligations;notes;trace;appVersion;secondsTaken;answersChanged;stepsBack;comment;voided;voidReason";

    private readonly UseCaseDatabase _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public void ShouldKeepTheCsvHeaderByteForByteAndTakeItFromTheColumnKeys()
    {
        Assert.Equal(ExpectedHeader, string.Join(LogCsv.Separator, LogCsv.Header));
        Assert.Equal(LogColumns.All.Select(c => c.Key), LogCsv.Header);
        Assert.Equal(LogColumns.All.Count, LogColumns.All.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(LogColumns.All.Count, LogColumns.All.Select(c => c.Title).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ShouldWriteEachCellOfTheExportFromItsColumn()
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing(), comment: "Ringde tillbaka");
        await _host.VoidDecision.VoidAsync(new(entry.Id, "Fel enhet", SqliteLogDatabase.HashB, [UseCaseDatabase.UnitA]), TestContext.Current.CancellationToken);
        var voided = (await _host.Review.FindAsync(entry.Id, [UseCaseDatabase.UnitA], TestContext.Current.CancellationToken))!;

        using var output = new MemoryStream();
        await _host.Review.WriteCsvAsync(new LogFilter { Units = [UseCaseDatabase.UnitA] }, output, TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExpectedHeader, lines[0]);
        var cells = lines[1].Split(LogCsv.Separator);
        Assert.Equal(LogColumns.All.Count, cells.Length);
        Assert.Equal(LogColumns.All.Select(c => LogCsv.Cell(c.Cell(voided))), cells);
        Assert.Equal("Ringde tillbaka", Cell(cells, "comment"));
        Assert.Equal("phone", Cell(cells, "channel"));
        Assert.Equal("TE", Cell(cells, "contactTypeCode"));
        Assert.Equal("true", Cell(cells, LogColumns.VoidedKey));
        Assert.Equal("Fel enhet", Cell(cells, "voidReason"));
    }

    [Fact]
    public void ShouldShowTheGridColumnsFromTheSameListWithSwedishTitlesAndLabels()
    {
        Assert.Equal(["Kontaktdatum", "Enhet", "Kontakttyp", "Kontaktsätt", "Registrering", "Status"], LogColumns.Grid.Select(c => c.Title));
        Assert.All(LogColumns.Grid, column => Assert.Same(column, LogColumns.ByKey(column.Key)));
        Assert.Equal([true, true, true, true, true, false], LogColumns.Grid.Select(c => c.Sortable));
        Assert.Throws<ArgumentException>(() => LogColumns.ByKey("Kontaktdatum"));
    }

    [Fact]
    public async Task ShouldShowLabelsInTheGridAndWireNamesInTheCsv()
    {
        var entry = await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing());

        Assert.Equal(("phone", "Telefon"), (LogColumns.ByKey("channel").Cell(entry), LogColumns.ByKey("channel").Display(entry)));
        Assert.Equal(("optional", "Frivillig"), (LogColumns.ByKey("registration").Cell(entry), LogColumns.ByKey("registration").Display(entry)));
        Assert.Equal(("Telefon stand", "Telefon stand (TE)"), (LogColumns.ByKey("contactTypeName").Cell(entry), LogColumns.ByKey("contactTypeName").Display(entry)));
        Assert.Equal(("false", "Gäller"), (LogColumns.ByKey(LogColumns.VoidedKey).Cell(entry), LogColumns.ByKey(LogColumns.VoidedKey).Display(entry)));
    }

    public static TheoryData<string> SortableKeys() => [.. LogColumns.All.Where(c => c.Sortable).Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(SortableKeys))]
    public async Task ShouldSortThePageByTheColumnsKeyBothWays(string key)
    {
        await _host.LogAsync(CompleteAnswers.PasisPhoneNotReplacing(day: 4), UseCaseDatabase.UnitB);
        _host.Database.Time.Advance(TimeSpan.FromSeconds(1));
        await _host.LogAsync(CompleteAnswers.PasisVideoReplacing(day: 2), UseCaseDatabase.UnitA);
        _host.Database.Time.Advance(TimeSpan.FromSeconds(1));
        await _host.LogAsync(new AnswersBuilder().Pasis().On(2026, 5, 3).Text().SupportProgram(false).NotReplacingVisit().Build(), UseCaseDatabase.UnitA);
        var column = LogColumns.ByKey(key);
        var filter = new LogFilter { Units = [UseCaseDatabase.UnitA, UseCaseDatabase.UnitB] };

        var ascending = await _host.Review.PageAsync(filter, new LogSort(column.SortBy!.Value, Descending: false), 1, 10, TestContext.Current.CancellationToken);
        var descending = await _host.Review.PageAsync(filter, new LogSort(column.SortBy!.Value, Descending: true), 1, 10, TestContext.Current.CancellationToken);

        // The grid shows the contact type's name; it sorts (as the filter matches) by the key: the PASiS code.
        Func<LogEntry, string?> sortValue = key == "contactTypeName" ? e => e.ContactTypeKey : column.Cell;
        var up = ascending.Items.Select(sortValue).ToArray();
        var down = descending.Items.Select(sortValue).ToArray();
        Assert.Equal(3, up.Length);
        Assert.True(up.Distinct().Count() > 1, $"{key}: the rows should differ in this column");
        Assert.Equal(up.Order(StringComparer.Ordinal), up);
        Assert.Equal(down.OrderDescending(StringComparer.Ordinal), down);
    }

    private static string Cell(string[] cells, string key) => cells[LogColumns.All.ToList().FindIndex(c => c.Key == key)];
}
