namespace Distanskontakt.Infrastructure.Log;

/// <summary>The <c>RegistrationLog</c> section.</summary>
public sealed class RegistrationLogOptions
{
    public const string SectionName = "RegistrationLog";

    /// <summary>How many months rows are kept before an administrator's purge may remove them.</summary>
    public int RetentionMonths { get; set; } = 24;
}
