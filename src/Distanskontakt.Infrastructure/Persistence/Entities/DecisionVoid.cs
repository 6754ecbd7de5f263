namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>An administrator's appended note that a logged decision was a mistake. The row itself stays.</summary>
public sealed class DecisionVoid
{
    public long Id { get; set; }

    public Guid RegistrationId { get; set; }

    public string Reason { get; set; } = "";

    public string VoidedByHash { get; set; } = "";

    public DateTime VoidedAtUtc { get; set; }
}
