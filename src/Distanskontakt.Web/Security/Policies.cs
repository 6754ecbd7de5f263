namespace Distanskontakt.Web.Security;

/// <summary>The authorization policies of the app (issue 5's table of roles).</summary>
public static class Policies
{
    /// <summary>May log a confirmed decision: <c>Personal</c> and <c>Administratör</c>.</summary>
    public const string LogDecisions = "LogDecisions";

    /// <summary>Admin review, figures, export, void, purge of their own units: <c>Administratör</c>.</summary>
    public const string Administer = "Administer";

    /// <summary>
    /// Upload, preview and activate rule sets for the whole region: <c>Administratör</c> whose name identifier is
    /// listed in <c>Rules:Approvers</c> (<see cref="RuleApprovers"/>); a unit administrator alone may not.
    /// </summary>
    public const string ApproveRules = "ApproveRules";
}

/// <summary>The role names, exactly as issue 5 spells them (the values of the role claim).</summary>
public static class Roles
{
    public const string Personal = Domain.Vocabulary.StaffRoles.Personal;

    public const string Utbildare = Domain.Vocabulary.StaffRoles.Utbildare;

    public const string Administrator = Domain.Vocabulary.StaffRoles.Administrator;

    /// <summary>Strongest first: the role a logged row records when a user holds several.</summary>
    public static readonly IReadOnlyList<string> All = [Administrator, Personal, Utbildare];

    /// <summary>The roles that may log a decision (policy <see cref="Policies.LogDecisions"/>).</summary>
    public static readonly string[] Logging = [Personal, Administrator];

    public static bool MayLog(System.Security.Claims.ClaimsPrincipal user) => Logging.Any(user.IsInRole);
}

/// <summary>Claims the app reads besides the standard name identifier and role.</summary>
public static class AppClaims
{
    /// <summary>The unit code the user works for (one per claim; an administrator may hold several).</summary>
    public const string Unit = "unit";
}
