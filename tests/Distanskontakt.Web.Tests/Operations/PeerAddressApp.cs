using System.Net;
using Distanskontakt.Web.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Distanskontakt.Web.Tests.Operations;

/// <summary>
/// The real app (<see cref="TestApp"/>, given environment and settings) whose requests can say which address they
/// come from: the test server has none, so a startup filter sets the connection's address from
/// <see cref="PeerHeader"/> before the app's own pipeline (forwarded headers, the metrics allow-list) sees it.
/// </summary>
public sealed class PeerAddressApp(string environment, IReadOnlyDictionary<string, string?> settings)
    : TestApp(new() { Environment = environment, Settings = settings, Services = services => services.AddSingleton<IStartupFilter, PeerAddressFilter>() })
{
    public const string PeerHeader = "X-Test-Peer";

    /// <summary>A client whose every request comes from <paramref name="peer"/> (cookies kept, redirects not followed).</summary>
    public HttpClient ClientFrom(string peer, string baseAddress = "http://localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        return client;
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
