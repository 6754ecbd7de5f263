using System.Net;
using System.Text.RegularExpressions;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Security;

/// <summary>
/// The real app (<see cref="TestApp"/>) with its real sign-in (cookie, demo accounts of the Testing settings, OIDC/JWT
/// when set), any settings given (visible at start-up) and services replaced; the sign-in form helpers.
/// </summary>
public sealed partial class SignInAppFactory(
    string environment = "Testing", IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : TestApp(new() { Environment = environment, Settings = settings ?? new Dictionary<string, string?>(), Services = services })
{
    public const string PersonalPassword = "Distans-Personal-1";

    public const string AdminPassword = "Distans-Admin-1";

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

    /// <summary>The path and query of a redirect target, absolute or not.</summary>
    public static string Target(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
