using System.Net;
using Distanskontakt.TestUtilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Distanskontakt.Web.Tests.Operations;

/// <summary>
/// The real app (given environment and settings, SQLite in a temp folder, clock pinned) whose requests can say which
/// address they come from: the test server has none, so a startup filter sets the connection's address from
/// <see cref="PeerHeader"/> before the app's own pipeline (forwarded headers, the metrics allow-list) sees it.
/// </summary>
public sealed class PeerAddressApp(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string PeerHeader = "X-Test-Peer";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "dk-peer-" + Guid.NewGuid().ToString("N"));

    /// <summary>A client whose every request comes from <paramref name="peer"/> (cookies kept, redirects not followed).</summary>
    public HttpClient ClientFrom(string peer, string baseAddress = "http://localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:DataDirectory", _data);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clocks.MidV4());
            services.AddSingleton<IStartupFilter, PeerAddressFilter>();
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned with the temp folder.
        }
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
