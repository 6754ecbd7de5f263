namespace Distanskontakt.Domain.Vocabulary;

/// <summary>Whether and how the contact is registered (docs/domain.md §4).</summary>
public enum RegistrationKind
{
    Register,
    Optional,
    None,
    NotCovered,
}
