namespace Distanskontakt.Domain.Vocabulary;

/// <summary>Whether and how the contact is registered (spec §4).</summary>
public enum RegistrationKind
{
    Register,
    Optional,
    None,
    NotCovered,
}
