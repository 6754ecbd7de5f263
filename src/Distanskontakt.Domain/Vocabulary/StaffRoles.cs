namespace Distanskontakt.Domain.Vocabulary;

/// <summary>
/// The staff roles, exactly as issue 5 spells them (the values of the role claim). Here rather than in the web host
/// so that the use cases (trainer mode's library) can name them; <c>Web.Security.Roles</c> repeats these constants.
/// </summary>
public static class StaffRoles
{
    public const string Personal = "Personal";

    public const string Utbildare = "Utbildare";

    public const string Administrator = "Administratör";
}
