using Distanskontakt.Web.Tests.Hosting;

namespace Distanskontakt.Web.Tests.Registrations;

/// <summary>
/// The real app in memory (<see cref="TestApp"/>) with sign-in from test headers (<see cref="TestAuthHandler"/>,
/// <see cref="TestApp.ClientAs"/>) and every Serilog event, down to Verbose, captured in <see cref="TestApp.Log"/>.
/// </summary>
public sealed class RegistrationApiFactory() : TestApp(new() { SignIn = TestSignIn.Headers, CaptureLog = true });
