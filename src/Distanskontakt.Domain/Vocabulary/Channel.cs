namespace Distanskontakt.Domain.Vocabulary;

/// <summary>How the contact took place (spec §3).</summary>
public enum Channel
{
    Video,
    Phone,
    Text,
    StaffAboutPatient,
    NoteWithoutContact,
    PatientSelfService,
}
