using Distanskontakt.Web.Tests.Hosting;

namespace Distanskontakt.Web.Tests.Api;

/// <summary>The real app in memory (<see cref="TestApp"/>), with the clock pinned to a day inside skane-v4 (or the one given).</summary>
public sealed class ApiFactory : TestApp
{
    /// <summary>Set before the first client is created to pin another day.</summary>
    public TimeProvider Time
    {
        get => Options.Clock;
        init => Options = Options with { Clock = value };
    }
}
