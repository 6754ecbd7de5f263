namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>The record that an administrator purged the log past its retention: who, when, how many, up to when.</summary>
public sealed class LogPurge
{
    public long Id { get; set; }

    public string PurgedByHash { get; set; } = "";

    public DateTime PurgedAtUtc { get; set; }

    /// <summary>Rows logged before this instant (UTC) were removed.</summary>
    public DateTime CutoffUtc { get; set; }

    public int RowsRemoved { get; set; }

    /// <summary>The units purged, comma-separated (an administrator purges their own units).</summary>
    public string UnitCodes { get; set; } = "";
}
