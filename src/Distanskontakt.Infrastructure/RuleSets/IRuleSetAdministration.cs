using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>
/// Rule-set files that administrators add at run time (issue 8): upload (checked, stored with its SHA-256),
/// preview against the catalog in force, activation, and the audit trail. Shipped files are not managed here.
/// </summary>
public interface IRuleSetAdministration
{
    /// <summary>Checks a file (schema, proof, dates, personnummer); stores it when accepted. A refusal is audited too.</summary>
    Task<RuleSetUploadResult> UploadAsync(string fileName, string content, string user, CancellationToken cancellationToken = default);

    /// <summary>Every uploaded file, newest first.</summary>
    Task<IReadOnlyList<RuleSetFileInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The catalog in force plus the uploaded set, and the set it would replace; null for an unknown id.</summary>
    Task<RuleSetPreview?> PreviewAsync(Guid fileId, CancellationToken cancellationToken = default);

    /// <summary>Puts an uploaded set in force from its <c>validFrom</c> (shown as scheduled until then). Audited.</summary>
    Task<RuleSetActivation> ActivateAsync(Guid fileId, string user, CancellationToken cancellationToken = default);

    /// <summary>Uploads, activations, refusals and quarantines, newest first.</summary>
    Task<IReadOnlyList<RuleSetAuditEntry>> AuditTrailAsync(int take, CancellationToken cancellationToken = default);
}

public enum RuleSetFileState
{
    /// <summary>Accepted and stored; not yet in force.</summary>
    Uploaded,

    /// <summary>Activated: part of the catalog (scheduled until its validFrom).</summary>
    Active,

    /// <summary>Stored but failed a later check (e.g. at start-up against a newer catalog); never used.</summary>
    Quarantined,
}

public sealed record RuleSetFileInfo(
    Guid Id,
    string FileName,
    string SetId,
    string Version,
    string Region,
    RuleSetKind Kind,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Supersedes,
    string Sha256,
    DateTime UploadedAtUtc,
    string UploadedBy,
    RuleSetFileState State,
    DateTime? ActivatedAtUtc,
    string? ActivatedBy,
    string? QuarantineReason);

/// <summary>Accepted (with the stored file) or refused (with each problem: rule id or answer path).</summary>
public sealed record RuleSetUploadResult(string Sha256, RuleSetFileInfo? Accepted, IReadOnlyList<string> Problems)
{
    public bool IsAccepted => Accepted is not null;
}

/// <summary>The catalog in force with the candidate added; <see cref="ReplacesId"/> is the set it would replace.</summary>
public sealed record RuleSetPreview(RuleSetFileInfo File, RuleSet Candidate, RuleSetCatalog Catalog, string? ReplacesId);

/// <summary>Activated, or refused with the reasons (e.g. already active, no longer passes the date check).</summary>
public sealed record RuleSetActivation(bool Activated, IReadOnlyList<string> Problems);

public sealed record RuleSetAuditEntry(
    DateTime AtUtc,
    string Action,
    string User,
    string FileName,
    string Sha256,
    string? SetId,
    string? Detail);
