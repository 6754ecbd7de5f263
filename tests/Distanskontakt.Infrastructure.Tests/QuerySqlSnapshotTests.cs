using System.Runtime.CompilerServices;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Tests;

/// <summary>
/// The SQL of the review's key queries, per provider, checked against committed snapshots. No server is needed:
/// <c>ToQueryString()</c> only generates SQL. Set <c>UPDATE_SNAPSHOTS=1</c> to rewrite them after a deliberate change.
/// </summary>
public sealed class QuerySqlSnapshotTests
{
    private static readonly LogFilter _unitLast30Days = new()
    {
        Units = ["HUD-SUS-LUND"],
        From = new DateOnly(2026, 5, 2),
        To = new DateOnly(2026, 6, 1),
    };

    private static readonly LogFilter _unitContactType = _unitLast30Days with { ContactType = "TE" };

    private static readonly LogFilter _unitYear = new()
    {
        Units = ["HUD-SUS-LUND"],
        From = new DateOnly(2025, 6, 2),
        To = new DateOnly(2026, 6, 1),
    };

    private static readonly LogFilter _everyFilter = new()
    {
        Units = ["HUD-SUS-LUND", "ORT-SUS-MALMO"],
        From = new DateOnly(2026, 1, 1),
        To = new DateOnly(2026, 6, 1),
        System = RegistrationSystem.Pasis,
        ContactType = "KT",
        Registration = RegistrationKind.Register,
        Channel = Channel.Phone,
    };

    public static TheoryData<string> Providers => ["Sqlite", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void PageOfOneUnitForTheLast30Days(string provider) =>
        Check(provider, db => RegistrationLogQueries.PageQuery(db, _unitLast30Days, LogSort.Default, 1, 50).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void CountOfOneUnitForTheLast30Days(string provider) =>
        Check(provider, db => RegistrationLogQueries.Filtered(db, _unitLast30Days).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void PageOfOneContactType(string provider) =>
        Check(provider, db => RegistrationLogQueries.PageQuery(db, _unitContactType, LogSort.Default, 1, 50).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void PageWithEveryFilterSortedByChannel(string provider) =>
        Check(provider, db => RegistrationLogQueries.PageQuery(db, _everyFilter, new LogSort(LogSortColumn.Channel, false), 3, 25).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void FigureRowsOfOneUnitForAYear(string provider) =>
        Check(provider, db => RegistrationLogQueries.FigureRowsQuery(db, _unitYear).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void VoidedFigureRowsOfOneUnitForAYear(string provider) =>
        Check(provider, db => RegistrationLogQueries.VoidedFigureRowsQuery(db, _unitYear).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void AbandonedOfOneUnitForAYear(string provider) =>
        Check(provider, db => RegistrationLogQueries.AbandonedQuery(db, _unitYear).ToQueryString());

    [Theory]
    [MemberData(nameof(Providers))]
    public void ImpactAnswerCountsForAYear(string provider) =>
        Check(provider, db => ImpactQueries.AnswerCountsQuery(db, new DateOnly(2025, 6, 1)).ToQueryString());

    private static void Check(string provider, Func<DistanskontaktDbContext, string> sql, [CallerMemberName] string name = "", [CallerFilePath] string sourceFile = "")
    {
        using var db = Context(provider);
        var actual = sql(db).ReplaceLineEndings("\n").Trim() + "\n";
        var file = $"{name}.{provider}.sql";
        var source = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots", file);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }

        var stored = Path.Combine(AppContext.BaseDirectory, "Snapshots", file);
        Assert.True(File.Exists(stored), $"No snapshot {file}; run the tests with UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(stored).ReplaceLineEndings("\n"), actual);
    }

    private static DistanskontaktDbContext Context(string provider)
    {
        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        var settings = new DatabaseOptions { Provider = Enum.Parse<DatabaseProvider>(provider) };
        Infrastructure.DependencyInjection.Configure(
            options,
            settings,
            settings.Provider == DatabaseProvider.SqlServer ? "Server=snapshot.invalid;Database=Distanskontakt;Encrypt=True" : "Data Source=snapshot.db",
            AppContext.BaseDirectory);
        return new DistanskontaktDbContext(options.Options);
    }
}
