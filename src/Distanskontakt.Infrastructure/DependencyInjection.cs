using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Infrastructure.Operations;
using Distanskontakt.Infrastructure.Persistence;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.Infrastructure.Training;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Distanskontakt.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "Distanskontakt.Migrations.Sqlite";

    public const string SqlServerMigrationsAssembly = "Distanskontakt.Migrations.SqlServer";

    /// <summary>
    /// The database (SQLite by default, SQL Server by <c>Database:Provider</c>), migrated at start-up; the
    /// registration log's writer and queries; the start-up load and poll of activated rule-set files; data-protection
    /// keys kept in the database.
    /// Settings are read when the first context is made, so test hosts can still override them.
    /// </summary>
    public static IServiceCollection AddInfrastructureServices(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddOptions<RegistrationLogOptions>().Bind(configuration.GetSection(RegistrationLogOptions.SectionName));
        services.TryAddTimeProvider();

        services.AddDbContextFactory<DistanskontaktDbContext>((sp, options) =>
        {
            var settings = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            Configure(options, settings, configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), environment.ContentRootPath);
        });

        services.AddOptions<RuleSetRegistryOptions>().Bind(configuration.GetSection(RuleSetRegistryOptions.SectionName));
        services.AddHostedService<DatabaseInitializer>();
        // After the migration (hosted services start in order): loads the activated rule-set files, then polls.
        // It needs the RuleSetRegistry, which the web app registers over its verified shipped sets.
        services.AddHostedService<RuleSetRefreshService>();
        services.AddSingleton(new AppVersion(AppVersion.FromEntryAssembly()));
        services.AddMetrics();
        services.AddSingleton<AppMetrics>();
        services.AddSingleton<RegistrationLog>();
        services.AddSingleton<IAbandonedAttemptCounter>(sp => sp.GetRequiredService<RegistrationLog>());
        services.AddSingleton<RegistrationLogQueries>();
        services.AddSingleton<ImpactQueries>();
        services.AddSingleton<TrainingStore>();
        services.AddUseCases();

        services.AddDataProtection()
            .SetApplicationName("Distanskontakt")
            .PersistKeysToDbContext<DistanskontaktDbContext>();
        return services;
    }

    /// <summary>
    /// The application's use cases (ADR-007), which pages and endpoints call instead of the log, the queries or EF.
    /// They need the log, the queries, the engine and an <see cref="UseCases.Registrations.IKnownUnits"/> from the host.
    /// </summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        services.AddSingleton<UseCases.Registrations.LogDecision>();
        services.AddSingleton<UseCases.Registrations.VoidDecision>();
        services.AddSingleton<UseCases.Registrations.PurgeLog>();
        services.AddSingleton<UseCases.Registrations.ReviewLog>();
        services.AddSingleton<UseCases.Registrations.CountAbandonedAttempt>();
        services.AddSingleton<UseCases.RuleSets.PreviewRuleSet>();
        services.AddSingleton<UseCases.Training.TrainingLibrary>();
        return services;
    }

    /// <summary>Sets the provider, connection and migrations assembly (also used by the design-time factories and tests).</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions settings, string? connectionString, string contentRoot)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(settings, connectionString, contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(new SqliteConnectionInterceptor(settings.BusyTimeoutMilliseconds, settings.SqliteSynchronous));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(
                    connectionString ?? throw new InvalidOperationException(
                        $"Database:Provider är SqlServer men ConnectionStrings:{DatabaseOptions.ConnectionStringName} saknas."),
                    sqlServer => sqlServer.MigrationsAssembly(SqlServerMigrationsAssembly).EnableRetryOnFailure());
                break;
        }
    }

    /// <summary>
    /// The given connection string, or a file under the data folder; with a command timeout long enough for
    /// Microsoft.Data.Sqlite's own retries on a busy database.
    /// </summary>
    public static string SqliteConnectionString(DatabaseOptions settings, string? connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            var directory = settings.DataDirectory is { Length: > 0 } configured
                ? Path.GetFullPath(configured, contentRoot)
                : Path.Combine(contentRoot, "App_Data");
            builder.DataSource = Path.Combine(directory, DatabaseOptions.DefaultFileName);
        }

        if (builder.DefaultTimeout == new SqliteConnectionStringBuilder().DefaultTimeout)
        {
            builder.DefaultTimeout = Math.Max(30, (settings.BusyTimeoutMilliseconds / 1000) * 3);
        }

        builder.Pooling = true;
        return builder.ToString();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
