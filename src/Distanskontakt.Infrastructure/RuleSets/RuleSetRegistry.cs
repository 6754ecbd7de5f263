using System.Collections.Concurrent;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Distanskontakt.RuleSetFiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>
/// The catalog in force: the shipped sets plus the uploaded files that administrators activated, in the order they
/// were activated. Every instance reads the active files from the database (at start-up and by poll) and builds the
/// same catalog; a new catalog replaces the old one as a whole, so a decision always reads one consistent catalog.
/// A stored file that no longer passes its checks is quarantined, audited and left out; it never stops the app.
/// Administration (upload, preview, activation, audit trail) is in the other part of this class.
/// </summary>
public sealed partial class RuleSetRegistry : IRuleSetSource
{
    internal const string TamperedReason = "innehållet stämmer inte med den lagrade SHA-256-summan (filen har ändrats i databasen)";

    private readonly ShippedRuleSets _shipped;
    private readonly IDbContextFactory<DistanskontaktDbContext> _factory;
    private readonly TimeProvider _time;
    private readonly ILogger<RuleSetRegistry> _logger;

    // One refresh or activation at a time; readers never wait (they read the snapshot).
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Parsed sets by the SHA-256 of their text: a file is parsed once, however often the catalog is rebuilt.
    private readonly ConcurrentDictionary<string, RuleSet> _parsed = new(StringComparer.Ordinal);

    private Snapshot _snapshot;

    public RuleSetRegistry(
        ShippedRuleSets shipped,
        IDbContextFactory<DistanskontaktDbContext> factory,
        TimeProvider time,
        ILogger<RuleSetRegistry> logger)
    {
        _shipped = shipped;
        _factory = factory;
        _time = time;
        _logger = logger;
        _snapshot = new Snapshot(shipped.Catalog, []);
    }

    /// <summary>The catalog in force now: immutable, replaced as a whole when the active files change.</summary>
    public RuleSetCatalog Current => Volatile.Read(ref _snapshot).Catalog;

    /// <summary>The SHA-256 of each uploaded file in <see cref="Current"/>, in activation order.</summary>
    public IReadOnlyList<string> ActiveHashes => Volatile.Read(ref _snapshot).Hashes;

    /// <summary>
    /// Reads the active files and rebuilds the catalog when they changed: each file is checked (hash, then the
    /// date check and proof against the sets before it); one that fails is quarantined and left out.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RefreshLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RefreshLockedAsync(CancellationToken cancellationToken)
    {
        List<StoredFile> rows;
        await using (var db = await _factory.CreateDbContextAsync(cancellationToken))
        {
            rows = await db.RuleSetFiles.AsNoTracking()
                .Where(f => f.State == RuleSetFileState.Active)
                .OrderBy(f => f.ActivatedAtUtc).ThenBy(f => f.Id)
                .Select(f => new StoredFile(f.Id, f.FileName, f.SetId, f.Sha256, f.Content))
                .ToListAsync(cancellationToken);
        }

        var intact = new List<StoredFile>(rows.Count);
        foreach (var row in rows)
        {
            if (RuleSetFileHash.Of(row.Content) == row.Sha256)
            {
                intact.Add(row);
            }
            else
            {
                await QuarantineAsync(row, [TamperedReason], cancellationToken);
            }
        }

        var snapshot = Volatile.Read(ref _snapshot);
        var hashes = intact.Select(r => r.Sha256).ToArray();
        if (hashes.SequenceEqual(snapshot.Hashes, StringComparer.Ordinal))
        {
            return;
        }

        // Files only added: the catalog in force stays, the new files are checked against it. Otherwise start over
        // from the shipped sets, so every instance ends with the same catalog for the same active files.
        var kept = hashes.Length > snapshot.Hashes.Count
            && hashes.Take(snapshot.Hashes.Count).SequenceEqual(snapshot.Hashes, StringComparer.Ordinal)
            ? snapshot.Hashes.Count
            : 0;
        var catalog = kept > 0 ? snapshot.Catalog : _shipped.Catalog;
        var accepted = hashes.Take(kept).ToList();
        foreach (var row in intact.Skip(kept))
        {
            var result = Check(row.FileName, row.Sha256, row.Content, catalog);
            if (result.IsAccepted)
            {
                catalog = result.Catalog!;
                accepted.Add(row.Sha256);
            }
            else
            {
                await QuarantineAsync(row, result.Problems, cancellationToken);
            }
        }

        Volatile.Write(ref _snapshot, new Snapshot(catalog, accepted));
        LogCatalogReplaced(_logger, accepted.Count, catalog.All.Count);
    }

    /// <summary>
    /// A stored file against a catalog: a text seen before is not parsed again, only joined (dates and proof);
    /// a new text gets the whole acceptance.
    /// </summary>
    private RuleSetAcceptanceResult Check(string fileName, string sha256, string content, RuleSetCatalog catalog)
    {
        if (_parsed.TryGetValue(sha256, out var parsed))
        {
            return RuleSetAcceptance.CheckJoin(sha256, parsed, catalog.All);
        }

        var result = RuleSetAcceptance.Check(fileName, content, catalog);
        if (result.Candidate is { } candidate && result.Sha256 == sha256)
        {
            _parsed.TryAdd(sha256, candidate);
        }

        return result;
    }

    private async Task QuarantineAsync(StoredFile row, IReadOnlyList<string> problems, CancellationToken cancellationToken,
        RuleSetFileState from = RuleSetFileState.Active)
    {
        var reason = Shorten(string.Join("; ", problems), RuleSetFileLimits.QuarantineReasonMaxLength);
        await using var db = await _factory.CreateDbContextAsync(cancellationToken);
        // Conditional, so that of several instances finding the same file only one records it.
        var changed = await db.RuleSetFiles
            .Where(f => f.Id == row.Id && f.State == from)
            .ExecuteUpdateAsync(s => s
                .SetProperty(f => f.State, RuleSetFileState.Quarantined)
                .SetProperty(f => f.QuarantineReason, reason), cancellationToken);
        if (changed == 1)
        {
            db.RuleSetAuditEntries.Add(Audit(RuleSetAuditActions.Quarantine, RuleSetAuditActions.SystemUser,
                row.FileName, row.Sha256, row.SetId, reason));
            await db.SaveChangesAsync(cancellationToken);
        }

        LogQuarantined(_logger, row.FileName, row.SetId, row.Sha256, reason);
    }

    private RuleSetAuditRecord Audit(string action, string user, string fileName, string sha256, string? setId, string? detail) => new()
    {
        AtUtc = _time.GetUtcNow().UtcDateTime,
        Action = action,
        User = Shorten(user, RuleSetFileLimits.UserMaxLength),
        FileName = Shorten(fileName, RuleSetFileLimits.FileNameMaxLength),
        Sha256 = sha256,
        SetId = setId is null ? null : Shorten(setId, RuleSetFileLimits.SetIdMaxLength),
        Detail = detail is null ? null : Shorten(detail, RuleSetFileLimits.AuditDetailMaxLength),
    };

    private static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");

    [LoggerMessage(Level = LogLevel.Information, Message = "Regeluppsättningar i kraft: {Uploaded} uppladdade av {Total} totalt")]
    private static partial void LogCatalogReplaced(ILogger logger, int uploaded, int total);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Regelfilen {FileName} ({SetId}, SHA-256 {Sha256}) klarar inte kontrollen och är satt i karantän: {Reason}")]
    private static partial void LogQuarantined(ILogger logger, string fileName, string setId, string sha256, string reason);

    /// <summary>The catalog in force and the hashes of the uploaded files in it, in activation order.</summary>
    private sealed record Snapshot(RuleSetCatalog Catalog, IReadOnlyList<string> Hashes);

    private sealed record StoredFile(Guid Id, string FileName, string SetId, string Sha256, string Content);
}
