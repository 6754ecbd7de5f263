using System.Net;
using System.Text.RegularExpressions;
using Distanskontakt.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Web.Tests.Security;

/// <summary>
/// The real app with its real sign-in (cookie, demo accounts of the Testing settings, OIDC/JWT when set), a
/// SQLite database in a temporary folder, the clock pinned, and any settings given (visible at start-up).
/// </summary>
public sealed partial class SignInAppFactory(string environment = "Testing", IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string PersonalPassword = "Distans-Personal-1";

    public const string AdminPassword = "Distans-Admin-1";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "distanskontakt-signin-" + Guid.NewGuid().ToString("N"));

    /// <summary>A client that keeps cookies and never follows redirects, so each step can be checked.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Opens the sign-in page for <paramref name="returnUrl"/> and posts the form as a browser does.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password, string? returnUrl = null)
    {
        var page = returnUrl is null ? "/logga-in" : "/logga-in?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var form = await client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        return await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "logga-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts a form of a page (its antiforgery token read from the page first).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:DataDirectory", _dataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clocks.MidV4());
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The app never started, or a file is still open on a slow machine: the temp folder is cleaned later.
        }
    }

    /// <summary>The path and query of a redirect target, absolute or not.</summary>
    public static string Target(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
