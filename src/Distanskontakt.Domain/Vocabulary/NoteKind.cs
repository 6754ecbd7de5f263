namespace Distanskontakt.Domain.Vocabulary;

public enum NoteKind
{
    Info,
    Interpretation,
    CarriedOver,
    Conflict,
    Expired,
}
