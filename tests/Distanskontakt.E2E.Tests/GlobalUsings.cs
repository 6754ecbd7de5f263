global using Distanskontakt.E2E.Tests.Infrastructure;
global using Microsoft.Playwright;
global using static Microsoft.Playwright.Assertions;
