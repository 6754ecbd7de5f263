using Distanskontakt.Domain.Privacy;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Distanskontakt.RuleSetFiles;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>
/// The administrators' side of the registry: upload (checked against the catalog in force, stored with its SHA-256),
/// preview, activation (checked again, then in force from its validFrom) and the audit trail. Stored files are never
/// edited; only their state moves on.
/// </summary>
public sealed partial class RuleSetRegistry : IRuleSetAdministration
{
    private const int MaxAuditEntries = 1000;

    private const string HiddenFileName = "[filnamn dolt]";

    public async Task<RuleSetUploadResult> UploadAsync(string fileName, string content, string user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        var checkedName = Path.GetFileName(fileName ?? "").Trim();
        // A personnummer in the name refuses the file; the name is then neither stored nor audited.
        var storedName = PersonnummerDetector.ContainsPersonnummer(checkedName) ? HiddenFileName
            : checkedName.Length == 0 ? "namnlös.json" : Shorten(checkedName, RuleSetFileLimits.FileNameMaxLength);
        var sha256 = RuleSetFileHash.Of(content);

        await using var db = await _factory.CreateDbContextAsync(cancellationToken);
        if (await db.RuleSetFiles.AnyAsync(f => f.Sha256 == sha256, cancellationToken))
        {
            return await RefuseUploadAsync(db, storedName, sha256, null, user, [AlreadyStored], cancellationToken);
        }

        var result = RuleSetAcceptance.Check(checkedName.Length == 0 ? storedName : checkedName, content, Current);
        var problems = result.Problems;
        if (result.Candidate is { } parsed && _shipped.Contains(parsed.Id))
        {
            problems = [$"id '{parsed.Id}' är en levererad regeluppsättning och kan inte laddas upp igen; "
                + "en rättelse är en ny fil med eget id som ersätter den (supersedes)", .. problems];
        }

        if (!result.IsAccepted || problems.Count > 0)
        {
            return await RefuseUploadAsync(db, storedName, sha256, result.Candidate?.Id, user, problems, cancellationToken);
        }

        var candidate = result.Candidate!;
        _parsed.TryAdd(sha256, candidate);
        var now = _time.GetUtcNow();
        var row = new RuleSetFile
        {
            Id = Guid.CreateVersion7(now),
            FileName = storedName,
            SetId = candidate.Id,
            Version = candidate.Version,
            Region = candidate.Region,
            Kind = candidate.Kind,
            ValidFrom = candidate.ValidFrom,
            ValidTo = candidate.ValidTo,
            Supersedes = candidate.Supersedes,
            Sha256 = sha256,
            Content = content,
            UploadedAtUtc = now.UtcDateTime,
            UploadedBy = Shorten(user, RuleSetFileLimits.UserMaxLength),
            State = RuleSetFileState.Uploaded,
        };
        db.RuleSetFiles.Add(row);
        db.RuleSetAuditEntries.Add(Audit(RuleSetAuditActions.Upload, user, storedName, sha256, candidate.Id, null));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same file uploaded at the same moment elsewhere: the unique hash keeps one.
            await using var retry = await _factory.CreateDbContextAsync(cancellationToken);
            if (!await retry.RuleSetFiles.AnyAsync(f => f.Sha256 == sha256, cancellationToken))
            {
                throw;
            }

            return await RefuseUploadAsync(retry, storedName, sha256, candidate.Id, user, [AlreadyStored], cancellationToken);
        }

        return new RuleSetUploadResult(sha256, ToInfo(row), []);
    }

    public async Task<IReadOnlyList<RuleSetFileInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _factory.CreateDbContextAsync(cancellationToken);
        return await db.RuleSetFiles.AsNoTracking()
            .OrderByDescending(f => f.UploadedAtUtc).ThenByDescending(f => f.Id)
            .Select(f => new RuleSetFileInfo(f.Id, f.FileName, f.SetId, f.Version, f.Region, f.Kind, f.ValidFrom, f.ValidTo,
                f.Supersedes, f.Sha256, f.UploadedAtUtc, f.UploadedBy, f.State, f.ActivatedAtUtc, f.ActivatedBy, f.QuarantineReason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The catalog in force with the file's set added (an active file's set is already in it), and the set it would
    /// replace: its <c>supersedes</c>, else the set of its region and kind in force the day before its validFrom.
    /// Null for an unknown id. Throws <see cref="RuleSetFormatException"/> when the set no longer fits the catalog in
    /// force (its problems are what activation would report).
    /// </summary>
    public async Task<RuleSetPreview?> PreviewAsync(Guid fileId, CancellationToken cancellationToken = default)
    {
        await using var db = await _factory.CreateDbContextAsync(cancellationToken);
        var row = await db.RuleSetFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (RuleSetFileHash.Of(row.Content) != row.Sha256)
        {
            throw new RuleSetFormatException(row.FileName, [TamperedReason]);
        }

        var candidate = _parsed.GetOrAdd(row.Sha256, _ => RuleSetParser.Parse(row.Content, row.FileName));
        var current = Current;
        var catalog = current.All.Contains(candidate) ? current : new RuleSetCatalog([.. current.All, candidate]);
        var replaces = candidate.Supersedes
            ?? (candidate.ValidFrom is { } from
                ? current.All.FirstOrDefault(s => s.Id != candidate.Id && s.Region == candidate.Region && s.Kind == candidate.Kind
                    && current.IsInForceOn(s, from.AddDays(-1)))?.Id
                : null);
        return new RuleSetPreview(ToInfo(row), candidate, catalog, replaces);
    }

    public async Task<RuleSetActivation> ActivateAsync(Guid fileId, string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _factory.CreateDbContextAsync(cancellationToken);
            var row = await db.RuleSetFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
            switch (row?.State)
            {
                case null:
                    return new RuleSetActivation(false, ["filen finns inte"]);
                case RuleSetFileState.Active:
                    return new RuleSetActivation(false, ["filen är redan aktiverad"]);
                case RuleSetFileState.Quarantined:
                    return new RuleSetActivation(false, [$"filen är satt i karantän: {row.QuarantineReason}"]);
                case RuleSetFileState.Uploaded:
                    break;
            }

            var stored = new StoredFile(row.Id, row.FileName, row.SetId, row.Sha256, row.Content);
            if (RuleSetFileHash.Of(row.Content) != row.Sha256)
            {
                await QuarantineAsync(stored, [TamperedReason], cancellationToken, RuleSetFileState.Uploaded);
                return new RuleSetActivation(false, [TamperedReason]);
            }

            // The catalog may have changed since the upload: check against the one in force now.
            var snapshot = Volatile.Read(ref _snapshot);
            var result = Check(row.FileName, row.Sha256, row.Content, snapshot.Catalog);
            if (!result.IsAccepted)
            {
                db.RuleSetAuditEntries.Add(Audit(RuleSetAuditActions.Refuse, user, row.FileName, row.Sha256, row.SetId,
                    "aktivering nekad: " + string.Join("; ", result.Problems)));
                await db.SaveChangesAsync(cancellationToken);
                return new RuleSetActivation(false, result.Problems);
            }

            var now = _time.GetUtcNow().UtcDateTime;
            var activatedBy = Shorten(user, RuleSetFileLimits.UserMaxLength);
            var changed = await db.RuleSetFiles
                .Where(f => f.Id == fileId && f.State == RuleSetFileState.Uploaded)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.State, RuleSetFileState.Active)
                    .SetProperty(f => f.ActivatedAtUtc, now)
                    .SetProperty(f => f.ActivatedBy, activatedBy), cancellationToken);
            if (changed == 0)
            {
                return new RuleSetActivation(false, ["filen har ändrats av någon annan under tiden; läs in listan igen"]);
            }

            db.RuleSetAuditEntries.Add(Audit(RuleSetAuditActions.Activate, user, row.FileName, row.Sha256, row.SetId, null));
            await db.SaveChangesAsync(cancellationToken);

            // This instance answers with the new set at once; the others at their next refresh.
            Volatile.Write(ref _snapshot, new Snapshot(result.Catalog!, [.. snapshot.Hashes, row.Sha256]));
            LogCatalogReplaced(_logger, snapshot.Hashes.Count + 1, result.Catalog!.All.Count);
            return new RuleSetActivation(true, []);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<RuleSetAuditEntry>> AuditTrailAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await _factory.CreateDbContextAsync(cancellationToken);
        return await db.RuleSetAuditEntries.AsNoTracking()
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Take(Math.Clamp(take, 1, MaxAuditEntries))
            .Select(e => new RuleSetAuditEntry(e.AtUtc, e.Action, e.User, e.FileName, e.Sha256, e.SetId, e.Detail))
            .ToListAsync(cancellationToken);
    }

    private static string AlreadyStored => "filen finns redan (samma SHA-256 är redan uppladdad)";

    private async Task<RuleSetUploadResult> RefuseUploadAsync(DistanskontaktDbContext db, string fileName, string sha256,
        string? setId, string user, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.RuleSetAuditEntries.Add(Audit(RuleSetAuditActions.Refuse, user, fileName, sha256, setId, string.Join("; ", problems)));
        await db.SaveChangesAsync(cancellationToken);
        return new RuleSetUploadResult(sha256, null, problems);
    }

    private static RuleSetFileInfo ToInfo(RuleSetFile f) => new(f.Id, f.FileName, f.SetId, f.Version, f.Region, f.Kind,
        f.ValidFrom, f.ValidTo, f.Supersedes, f.Sha256, f.UploadedAtUtc, f.UploadedBy, f.State, f.ActivatedAtUtc, f.ActivatedBy,
        f.QuarantineReason);
}
