using Distanskontakt.E2E.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
