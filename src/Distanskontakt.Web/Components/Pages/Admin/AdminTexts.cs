using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Web.Components.Pages.Admin;

/// <summary>Swedish labels for the review's filters and columns.</summary>
public static class AdminTexts
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

    /// <summary>The channel as the wizard names it.</summary>
    public static string Channel(Channel channel) =>
        Inputs.Of(Input.Channel).AnswerLabel(WireNames.Of(channel));
}
