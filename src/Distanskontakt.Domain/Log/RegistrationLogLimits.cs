namespace Distanskontakt.Domain.Log;

/// <summary>The sizes of what the registration log keeps (issue 5). Storage and validation read them from here.</summary>
public static class RegistrationLogLimits
{
    /// <summary>The optional free-text comment on a logged decision.</summary>
    public const int CommentMaxLength = 200;

    /// <summary>Why an administrator voided a row.</summary>
    public const int VoidReasonMaxLength = 200;

    public const int UnitCodeMaxLength = 32;

    public const int RoleMaxLength = 32;

    /// <summary>SHA-256 in lower-case hex: the opaque user id, never a name.</summary>
    public const int UserIdHashLength = 64;

    public const int RuleSetIdMaxLength = 32;

    /// <summary>Wire names of the closed vocabularies (<c>staffAboutPatient</c> is the longest).</summary>
    public const int WireNameMaxLength = 32;

    public const int ContactTypeCodeMaxLength = 16;

    public const int ContactTypeNameMaxLength = 120;

    /// <summary>The questions asked, joined by <c>&gt;</c> (nine inputs at most).</summary>
    public const int QuestionPathMaxLength = 256;

    /// <summary>The answers in address form without the date (every input answered is well under this).</summary>
    public const int AnswersMaxLength = 512;

    public const int AppVersionMaxLength = 64;

    public const int IdempotencyKeyMaxLength = 100;

    /// <summary>The units a purge covered, comma-separated.</summary>
    public const int PurgedUnitsMaxLength = 1024;
}
