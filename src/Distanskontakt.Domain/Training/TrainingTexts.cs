using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Domain.Training;

/// <summary>Short Swedish words for trainer mode's feedback and comparisons.</summary>
public static class TrainingTexts
{
    public static string Registration(RegistrationKind kind) => kind switch
    {
        RegistrationKind.Register => "registrera",
        RegistrationKind.Optional => "frivillig registrering",
        RegistrationKind.None => "ingen registrering",
        RegistrationKind.NotCovered => "beskrivs inte i anvisningen",
    };

    public static string ContactType(ContactType? type) =>
        type is null ? "ingen" : type.Code is { Length: > 0 } code ? $"{code} {type.Name}" : type.Name;

    public static string System(RegistrationSystem system) => system switch
    {
        RegistrationSystem.Pmo => "PMO",
        RegistrationSystem.Pasis => "PASiS",
    };

    public static string Channel(Channel channel) => channel switch
    {
        Vocabulary.Channel.Video => "Video",
        Vocabulary.Channel.Phone => "Telefon",
        Vocabulary.Channel.Text => "Text/chatt",
        Vocabulary.Channel.StaffAboutPatient => "Personal om patient",
        Vocabulary.Channel.NoteWithoutContact => "Anteckning utan kontakt",
        Vocabulary.Channel.PatientSelfService => "Patienten på egen hand",
    };

    /// <summary>What a trainee should have picked, in words: "TE Telefon stand", "Frivillig registrering (TE Telefon stand)".</summary>
    public static string Verdict(RegistrationKind registration, ContactType? type) => registration switch
    {
        RegistrationKind.Register => ContactType(type),
        RegistrationKind.Optional => type is null ? "Frivillig registrering" : $"Frivillig registrering ({ContactType(type)})",
        RegistrationKind.None => "Ingen registrering",
        RegistrationKind.NotCovered => "Beskrivs inte i anvisningen",
    };
}
