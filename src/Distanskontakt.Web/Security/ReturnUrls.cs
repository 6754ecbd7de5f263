namespace Distanskontakt.Web.Security;

/// <summary>Return addresses after sign-in: only paths on this site (with their query), never another host.</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url
            : "/";

    /// <summary>A path with <c>returnUrl</c> in its query.</summary>
    public static string With(string path, string? returnUrl) =>
        Safe(returnUrl) is var safe && safe == "/" ? path : $"{path}?returnUrl={Uri.EscapeDataString(safe)}";
}
