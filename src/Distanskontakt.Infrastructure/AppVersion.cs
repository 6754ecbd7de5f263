using System.Reflection;
using Distanskontakt.Domain.Log;

namespace Distanskontakt.Infrastructure;

/// <summary>The app's version as written on every logged decision.</summary>
public sealed record AppVersion(string Value)
{
    public static string FromEntryAssembly()
    {
        var assembly = Assembly.GetEntryAssembly() ?? typeof(AppVersion).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        return version.Length <= RegistrationLogLimits.AppVersionMaxLength ? version : version[..RegistrationLogLimits.AppVersionMaxLength];
    }
}
