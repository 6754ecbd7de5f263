namespace Distanskontakt.Domain.Halland;

/// <summary>
/// How the contact with the patient takes place in Region Halland's terms (halland-dk "Definition av
/// distanskontakt": telephone, video link, written; plus letter, which is never a distanskontakt).
/// </summary>
public enum HallandChannel
{
    Video,
    Phone,
    Text,
    Letter,
}

/// <summary>Whether a Halland contact is a distanskontakt (docs/domain.md §8).</summary>
public enum HallandVerdict
{
    Distanskontakt,
    InteDistanskontakt,
}

/// <summary>A condition of halland-dk "Förutsättningar" is a requirement (asked, can fail) or a permission (e: never fails).</summary>
public enum HallandConditionKind
{
    Requirement,
    Permission,
}

/// <summary>The Halland profile's wire names (files, API, addresses). Exhaustive switches (CS8509).</summary>
public static class HallandWireNames
{
    public const string Channel = "channel";
    public const string SwitchedFrom = "switchedFrom";
    public const string PatientUnder13 = "patientUnder13";

    /// <summary>The <c>switchedFrom</c> answer for a contact that stayed on one channel.</summary>
    public const string NoSwitch = "none";

    public static string Of(HallandChannel value) => value switch
    {
        HallandChannel.Video => "video",
        HallandChannel.Phone => "phone",
        HallandChannel.Text => "text",
        HallandChannel.Letter => "letter",
    };

    public static string Of(HallandVerdict value) => value switch
    {
        HallandVerdict.Distanskontakt => "distanskontakt",
        HallandVerdict.InteDistanskontakt => "inteDistanskontakt",
    };

    public static string Of(HallandConditionKind value) => value switch
    {
        HallandConditionKind.Requirement => "requirement",
        HallandConditionKind.Permission => "permission",
    };

    public static bool TryParseChannel(string? text, out HallandChannel channel)
    {
        foreach (var candidate in Enum.GetValues<HallandChannel>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                channel = candidate;
                return true;
            }
        }

        channel = default;
        return false;
    }

    public static bool TryParseKind(string? text, out HallandConditionKind kind)
    {
        foreach (var candidate in Enum.GetValues<HallandConditionKind>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
