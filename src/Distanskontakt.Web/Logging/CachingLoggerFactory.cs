using System.Collections.Concurrent;

namespace Distanskontakt.Web.Logging;

/// <summary>
/// Hands out one logger per category, as Microsoft's own <see cref="LoggerFactory"/> does. Serilog's factory makes a
/// new logger (with its own enrichers and event-id cache) on every call, and Blazor Server asks for about eight per
/// circuit: about 6 KB kept per open wizard session, and more garbage at each circuit start.
/// </summary>
public sealed class CachingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, inner.CreateLogger);

    public void AddProvider(ILoggerProvider provider)
    {
        // Loggers made before would miss the new provider: start again, as a new factory would.
        inner.AddProvider(provider);
        _loggers.Clear();
    }

    public void Dispose() => inner.Dispose();
}

public static class LoggerCacheServiceCollectionExtensions
{
    /// <summary>Wraps the logger factory registered so far (Serilog's, from Program.cs) in a <see cref="CachingLoggerFactory"/>.</summary>
    public static IServiceCollection CacheLoggersPerCategory(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory));
        if (registered is null || registered.IsKeyedService)
        {
            return services;
        }

        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(provider => new CachingLoggerFactory(registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => instance,
            { ImplementationFactory: { } factory } => (ILoggerFactory)factory(provider),
            _ => (ILoggerFactory)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
        }));
        return services;
    }
}
