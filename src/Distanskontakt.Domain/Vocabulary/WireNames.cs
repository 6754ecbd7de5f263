namespace Distanskontakt.Domain.Vocabulary;

/// <summary>
/// The lower-camel wire names (docs/domain.md §3–§4) of every closed vocabulary, as used in rule-set files, the API and
/// URLs. Hand-written switches: exhaustive (CS8509 is an error) and allocation-free.
/// </summary>
public static class WireNames
{
    public static string Of(RegistrationSystem value) => value switch
    {
        RegistrationSystem.Pmo => "pmo",
        RegistrationSystem.Pasis => "pasis",
    };

    public static string Of(Channel value) => value switch
    {
        Channel.Video => "video",
        Channel.Phone => "phone",
        Channel.Text => "text",
        Channel.StaffAboutPatient => "staffAboutPatient",
        Channel.NoteWithoutContact => "noteWithoutContact",
        Channel.PatientSelfService => "patientSelfService",
    };

    public static string Of(RegistrationKind value) => value switch
    {
        RegistrationKind.Register => "register",
        RegistrationKind.Optional => "optional",
        RegistrationKind.None => "none",
        RegistrationKind.NotCovered => "notCovered",
    };

    public static string Of(ObligationId value) => value switch
    {
        ObligationId.Journal => "journal",
        ObligationId.Diagnosis => "diagnosis",
        ObligationId.Procedure => "procedure",
        ObligationId.KvaUW040 => "kvaUW040",
        ObligationId.AttributeSob => "attributeSob",
        ObligationId.Attribute1177Direkt => "attribute1177Direkt",
        ObligationId.Close1177Case => "close1177Case",
        ObligationId.DocumentInMelior => "documentInMelior",
        ObligationId.TriageBeforeOtherVisit => "triageBeforeOtherVisit",
    };

    public static string Of(ObligationLevel value) => value switch
    {
        ObligationLevel.Required => "required",
        ObligationLevel.IfApplicable => "ifApplicable",
        ObligationLevel.Optional => "optional",
    };

    public static string Of(NoteKind value) => value switch
    {
        NoteKind.Info => "info",
        NoteKind.Interpretation => "interpretation",
        NoteKind.CarriedOver => "carriedOver",
        NoteKind.Conflict => "conflict",
        NoteKind.Expired => "expired",
    };

    public static string Of(RuleSetStatus value) => value switch
    {
        RuleSetStatus.InForce => "inForce",
        RuleSetStatus.Expired => "expired",
        RuleSetStatus.Superseded => "superseded",
        RuleSetStatus.Scheduled => "scheduled",
    };

    public static string Of(RuleSetKind value) => value switch
    {
        RuleSetKind.RuleSet => "ruleSet",
        RuleSetKind.Overlay => "overlay",
    };

    /// <summary>An input's name lives with the rest of its description (<see cref="Inputs"/>).</summary>
    public static string Of(Input value) => Inputs.Of(value).Name;

    /// <summary>Parses a wire name (case-sensitive, as the API contract demands).</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The code of an input's wire value: the enum index for system and channel, 0/1 for "false"/"true".
    /// False for the contact date (it is not coded) and for any other text.
    /// </summary>
    public static bool TryParseCode(Input input, string? text, out int code) => Inputs.Of(input).TryParseCode(text, out code);

    /// <summary>All wire names of a vocabulary, in declaration order (for error messages and options).</summary>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Name).ToArray();

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value switch
    {
        RegistrationSystem v => Of(v),
        Channel v => Of(v),
        RegistrationKind v => Of(v),
        ObligationId v => Of(v),
        ObligationLevel v => Of(v),
        NoteKind v => Of(v),
        RuleSetStatus v => Of(v),
        RuleSetKind v => Of(v),
        Input v => Of(v),
        _ => throw new ArgumentOutOfRangeException(nameof(value), typeof(TEnum).Name, "No wire names for this type."),
    };
}
