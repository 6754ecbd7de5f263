using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Log;

/// <summary>Swedish labels for the log's closed vocabularies, as the review shows them (filters and grid).</summary>
public static class LogLabels
{
    public static string Registration(RegistrationKind kind) => kind switch
    {
        RegistrationKind.Register => "Registreras",
        RegistrationKind.Optional => "Frivillig",
        RegistrationKind.None => "Ingen registrering",
        RegistrationKind.NotCovered => "Beskrivs inte i anvisningen",
    };

    public static string System(RegistrationSystem system) => system switch
    {
        RegistrationSystem.Pmo => "PMO",
        RegistrationSystem.Pasis => "PASiS",
    };

    /// <summary>The channel as the wizard names it (its question's option).</summary>
    public static string Channel(Channel channel) =>
        Inputs.Of(Input.Channel).AnswerLabel(WireNames.Of(channel));

    public static string Status(bool voided) => voided ? "Makulerad" : "Gäller";
}
