using System.Globalization;
using System.Text.Json;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Seed;

/// <summary>
/// Fills a SQLite file with realistic logged decisions: six Skåne units of both systems, contact dates from
/// 2024-01-01 to <see cref="Today"/>, outcomes from the real rule engine, wizard figures on most rows, a few
/// comments and voids, and abandoned-attempt counts. Raw ADO.NET with one prepared command in one transaction.
/// </summary>
public static class LogSeeder
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static readonly (string Code, RegistrationSystem System)[] Units =
    [
        ("VC-KRISTIANSTAD-OST", RegistrationSystem.Pmo),
        ("VC-LUND-NORR", RegistrationSystem.Pmo),
        ("VC-TRELLEBORG-SODER", RegistrationSystem.Pmo),
        ("HUD-SUS-LUND", RegistrationSystem.Pasis),
        ("ORT-SUS-MALMO", RegistrationSystem.Pasis),
        ("BUP-HELSINGBORG", RegistrationSystem.Pasis),
    ];

    private static readonly DateOnly _first = new(2024, 1, 1);

    public static async Task SeedAsync(string file, int rows)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        var options = new DbContextOptionsBuilder<DistanskontaktDbContext>();
        DependencyInjection.Configure(options, new DatabaseOptions(), $"Data Source={file}", Environment.CurrentDirectory);
        await using (var db = new DistanskontaktDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
        }

        SqliteConnection.ClearAllPools();

        var engine = new DecisionEngine(RuleSetCatalog.LoadEmbedded(), new PinnedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        var random = new Random(20261124);
        var days = Today.DayNumber - _first.DayNumber + 1;

        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO LoggedDecisions (Id, LoggedAtUtc, ContactDate, UnitCode, Role, UserIdHash, Answers, System, Channel,
                  ReplacesVisit, QuestionPath, RuleSetId, RuleSetStatus, Registration, ContactTypeCode, ContactTypeName, ContactTypeKey,
                  Obligations, NoteKinds, Trace, AppVersion, SecondsTaken, AnswersChanged, StepsBack, Comment, IdempotencyKey)
                VALUES ($id, $at, $date, $unit, $role, $user, $answers, $system, $channel, $replaces, $path, $ruleSet, $status, $registration, $code, $name, $key, $obligations, $notes, $trace, $version,
                  $seconds, $changed, $back, $comment, NULL)
                """;
            var names = new[]
            {
                "$id", "$at", "$date", "$unit", "$role", "$user", "$answers", "$system", "$channel", "$replaces", "$path", "$ruleSet", "$status", "$registration", "$code", "$name", "$key", "$obligations", "$notes", "$trace",
                "$version", "$seconds", "$changed", "$back", "$comment",
            };
            var p = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter { ParameterName = n }));
            insert.Prepare();

            await using var voidInsert = connection.CreateCommand();
            voidInsert.Transaction = transaction;
            voidInsert.CommandText = "INSERT INTO DecisionVoids (RegistrationId, Reason, VoidedByHash, VoidedAtUtc) VALUES ($id, 'Fel kanal vald', $by, $at)";
            var voidId = voidInsert.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
            var voidBy = voidInsert.Parameters.Add(new SqliteParameter { ParameterName = "$by" });
            var voidAt = voidInsert.Parameters.Add(new SqliteParameter { ParameterName = "$at" });
            voidInsert.Prepare();

            var users = Enumerable.Range(0, 400).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))).ToArray();
            for (var i = 0; i < rows; i++)
            {
                var (unit, system) = Units[random.Next(Units.Length)];
                var date = DateOnly.FromDayNumber(_first.DayNumber + random.Next(days));
                var decision = engine.Decide(RandomAnswers(random, system, date));
                var attempt = random.NextDouble() < 0.8
                    ? new WizardAttemptFigures(8 + (int)(random.NextDouble() * random.NextDouble() * 150), random.Next(10) < 7 ? 0 : random.Next(1, 4), random.Next(10) < 8 ? 0 : random.Next(1, 3))
                    : null;
                var loggedAt = date.ToDateTime(new TimeOnly(7, 0)).AddSeconds(random.Next(11 * 3600));
                var draft = new RegistrationDraft(decision, decision.Answers, unit, random.Next(10) == 0 ? "Administratör" : "Personal",
                    users[random.Next(users.Length)], random.Next(20) == 0 ? "Uppföljning bokad" : null, null, attempt);
                var row = LoggedDecisionFactory.Create(draft, loggedAt, "1.0.0-seed");

                p["$id"].Value = row.Id.ToString().ToUpperInvariant();
                p["$at"].Value = row.LoggedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                p["$date"].Value = row.ContactDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["$unit"].Value = row.UnitCode;
                p["$role"].Value = row.Role;
                p["$user"].Value = row.UserIdHash;
                p["$system"].Value = WireNames.Of(row.System);
                p["$channel"].Value = WireNames.Of(row.Channel);
                p["$answers"].Value = row.Answers;
                p["$replaces"].Value = Bool(row.ReplacesVisit);
                p["$path"].Value = row.QuestionPath;
                p["$ruleSet"].Value = row.RuleSetId;
                p["$status"].Value = WireNames.Of(row.RuleSetStatus);
                p["$registration"].Value = WireNames.Of(row.Registration);
                p["$code"].Value = (object?)row.ContactTypeCode ?? DBNull.Value;
                p["$name"].Value = (object?)row.ContactTypeName ?? DBNull.Value;
                p["$key"].Value = (object?)row.ContactTypeKey ?? DBNull.Value;
                p["$obligations"].Value = JsonSerializer.Serialize(row.Obligations);
                p["$notes"].Value = JsonSerializer.Serialize(row.NoteKinds);
                p["$trace"].Value = JsonSerializer.Serialize(row.Trace);
                p["$version"].Value = row.AppVersion;
                p["$seconds"].Value = (object?)row.SecondsTaken ?? DBNull.Value;
                p["$changed"].Value = (object?)row.AnswersChanged ?? DBNull.Value;
                p["$back"].Value = (object?)row.StepsBack ?? DBNull.Value;
                p["$comment"].Value = (object?)row.Comment ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync();

                if (random.Next(200) == 0)
                {
                    voidId.Value = p["$id"].Value;
                    voidBy.Value = users[0];
                    voidAt.Value = loggedAt.AddDays(1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                    await voidInsert.ExecuteNonQueryAsync();
                }
            }

            await using var abandoned = connection.CreateCommand();
            abandoned.Transaction = transaction;
            abandoned.CommandText = "INSERT INTO AbandonedAttempts (UnitCode, Day, QuestionPath, Count) VALUES ($unit, $day, $path, $count)";
            string[] paths = ["system>contactDate>channel", "system>contactDate>channel>supportProgram", "system>contactDate>channel>supportProgram>replacesVisit"];
            foreach (var (unit, _) in Units)
            {
                for (var day = _first; day <= Today; day = day.AddDays(1))
                {
                    foreach (var path in paths.Where(_ => random.Next(3) == 0))
                    {
                        abandoned.Parameters.Clear();
                        abandoned.Parameters.AddWithValue("$unit", unit);
                        abandoned.Parameters.AddWithValue("$day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        abandoned.Parameters.AddWithValue("$path", path);
                        abandoned.Parameters.AddWithValue("$count", random.Next(1, 6));
                        await abandoned.ExecuteNonQueryAsync();
                    }
                }
            }

            await transaction.CommitAsync();
        }

        await Execute(connection, "ANALYZE; PRAGMA journal_mode = WAL;");
    }

    /// <summary>Every input answered at random for the unit's system; the engine keeps the on-path ones.</summary>
    private static Answers RandomAnswers(Random random, RegistrationSystem system, DateOnly date)
    {
        var roll = random.Next(100);
        var channel = roll switch
        {
            < 45 => Channel.Phone,
            < 60 => Channel.Video,
            < 80 => Channel.Text,
            < 88 => Channel.StaffAboutPatient,
            < 95 => Channel.NoteWithoutContact,
            _ => Channel.PatientSelfService,
        };
        return new Answers
        {
            System = system,
            ContactDate = date,
            Channel = channel,
            Via1177Direkt = random.Next(10) < 2,
            HandedOverSameUnitSameDay = random.Next(10) < 3,
            SupportProgram = random.Next(10) < 1,
            JournalDocumented = random.Next(10) < 8,
            ReplacesVisit = random.Next(10) < 5,
            LeadsToVisitSameDaySameUnit = random.Next(10) < 2,
        };
    }

    private static object Bool(bool? value) => value is { } b ? (b ? 1 : 0) : DBNull.Value;

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class PinnedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
