namespace Distanskontakt.Domain.Vocabulary;

/// <summary>Where the contact is registered: PMO (primary care journal) or PASiS (hospital administration).</summary>
public enum RegistrationSystem
{
    Pmo,
    Pasis,
}
