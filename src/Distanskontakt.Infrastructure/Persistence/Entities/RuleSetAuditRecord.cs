namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>One line of the rule-set audit trail: who did what to which file (by hash), and when. Only ever added.</summary>
public sealed class RuleSetAuditRecord
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>One of <see cref="RuleSets.RuleSetAuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The administrator's user name, or the system for a quarantine found by a check.</summary>
    public string User { get; set; } = "";

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string? SetId { get; set; }

    /// <summary>The problems of a refusal or quarantine; never a value from the file that could hold a personnummer.</summary>
    public string? Detail { get; set; }
}
