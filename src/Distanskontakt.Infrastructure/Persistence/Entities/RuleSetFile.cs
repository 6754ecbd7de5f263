using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.RuleSets;

namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>
/// A rule-set file an administrator uploaded: the text as accepted, its SHA-256 and what it declares. Never edited
/// once active (a correction is a new file that supersedes); only its state moves on, to active or quarantined.
/// </summary>
public sealed class RuleSetFile
{
    public Guid Id { get; set; }

    public string FileName { get; set; } = "";

    public string SetId { get; set; } = "";

    public string Version { get; set; } = "";

    public string Region { get; set; } = "";

    public RuleSetKind Kind { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string? Supersedes { get; set; }

    /// <summary>Of <see cref="Content"/> (UTF-8), lower-case hex; checked again whenever the file is loaded.</summary>
    public string Sha256 { get; set; } = "";

    public string Content { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>The administrator's user name (staff identity).</summary>
    public string UploadedBy { get; set; } = "";

    public RuleSetFileState State { get; set; }

    public DateTime? ActivatedAtUtc { get; set; }

    public string? ActivatedBy { get; set; }

    public string? QuarantineReason { get; set; }
}
