namespace Distanskontakt.Domain.Vocabulary;

public enum RuleSetStatus
{
    InForce,
    Expired,
    Superseded,
    Scheduled,
}
