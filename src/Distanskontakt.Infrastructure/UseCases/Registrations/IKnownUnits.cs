namespace Distanskontakt.Infrastructure.UseCases.Registrations;

/// <summary>The units the installation is configured with (the web host reads them from its settings).</summary>
public interface IKnownUnits
{
    bool IsKnown(string unitCode);
}
