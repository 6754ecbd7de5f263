namespace Distanskontakt.Infrastructure.RuleSets;

/// <summary>The actions of the rule-set audit trail, as stored and shown.</summary>
public static class RuleSetAuditActions
{
    public const string Upload = "upload";

    public const string Refuse = "refuse";

    public const string Activate = "activate";

    public const string Quarantine = "quarantine";

    /// <summary>The user recorded when the app itself quarantines a file during a check.</summary>
    public const string SystemUser = "system";
}
