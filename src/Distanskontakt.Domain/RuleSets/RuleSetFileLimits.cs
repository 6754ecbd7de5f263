using Distanskontakt.Domain.Log;

namespace Distanskontakt.Domain.RuleSets;

/// <summary>The sizes of what is kept about an uploaded rule-set file. The schema, storage and checks read them from here.</summary>
public static class RuleSetFileLimits
{
    /// <summary>A set id is stored with every logged decision, so it fits the log's column.</summary>
    public const int SetIdMaxLength = RegistrationLogLimits.RuleSetIdMaxLength;

    public const int VersionMaxLength = 32;

    public const int RegionMaxLength = 32;

    public const int FileNameMaxLength = 255;

    /// <summary>SHA-256 in lower-case hex.</summary>
    public const int Sha256Length = 64;

    /// <summary>The file itself: the shipped files are about 30 000 characters.</summary>
    public const int ContentMaxLength = 1_000_000;

    /// <summary>An administrator's user name (staff identity).</summary>
    public const int UserMaxLength = 256;

    public const int QuarantineReasonMaxLength = 4000;

    public const int AuditDetailMaxLength = 4000;

    /// <summary><c>upload</c>, <c>refuse</c>, <c>activate</c>, <c>quarantine</c>.</summary>
    public const int AuditActionMaxLength = 16;

    /// <summary><c>uploaded</c>, <c>active</c>, <c>quarantined</c>.</summary>
    public const int StateMaxLength = 16;
}
