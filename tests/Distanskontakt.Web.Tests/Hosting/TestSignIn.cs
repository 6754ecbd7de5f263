namespace Distanskontakt.Web.Tests.Hosting;

/// <summary>Who a <see cref="TestApp"/> request is.</summary>
public enum TestSignIn
{
    /// <summary>The app's own sign-in (cookie, the environment's demo accounts, OIDC/JWT when set).</summary>
    App,

    /// <summary>From test headers (<see cref="Registrations.TestAuthHandler"/>): each client says who it is.</summary>
    Headers,
}
