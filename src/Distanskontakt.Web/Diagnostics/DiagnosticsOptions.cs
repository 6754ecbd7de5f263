namespace Distanskontakt.Web.Diagnostics;

/// <summary>
/// The <c>Diagnostics</c> section. Off unless set: the memory endpoint forces full, compacting garbage
/// collections, which pause every request, so it is for load measurements only, never a live instance.
/// </summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary><c>true</c> maps <c>GET /diagnostics/memory</c> (administrators only).</summary>
    public bool Enabled { get; set; }
}
