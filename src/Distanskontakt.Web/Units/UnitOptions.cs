using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Units;

/// <summary>The <c>Units</c> configuration: the units users work for. A unit presets the wizard's system.</summary>
public sealed class UnitOptions
{
    public const string SectionName = "Units";

    public List<UnitDefinition> Units { get; set; } = [];

    public UnitDefinition? Find(string code) => Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal));
}

public sealed class UnitDefinition
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>pmo</c> or <c>pasis</c> (wire names).</summary>
    public string System { get; set; } = "";

    public string Region { get; set; } = "";

    /// <summary>The unit's HSA-id, when the identity provider names units by it (Inera IdP's <c>commissionHsaId</c>).</summary>
    public string? HsaId { get; set; }

    public RegistrationSystem? RegistrationSystem =>
        WireNames.TryParse<RegistrationSystem>(System, out var system) ? system : null;
}
