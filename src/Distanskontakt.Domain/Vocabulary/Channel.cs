namespace Distanskontakt.Domain.Vocabulary;

/// <summary>How the contact took place (docs/domain.md §3).</summary>
public enum Channel
{
    Video,
    Phone,
    Text,
    StaffAboutPatient,
    NoteWithoutContact,
    PatientSelfService,
}
