using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;

namespace Distanskontakt.Web.Components.Pages.Admin;

/// <summary>Swedish labels for the review's filters (the same as the grid's, <see cref="LogLabels"/>).</summary>
public static class AdminTexts
{
    public static string Registration(RegistrationKind kind) => LogLabels.Registration(kind);

    public static string System(RegistrationSystem system) => LogLabels.System(system);

    /// <summary>The channel as the wizard names it.</summary>
    public static string Channel(Channel channel) => LogLabels.Channel(channel);
}
