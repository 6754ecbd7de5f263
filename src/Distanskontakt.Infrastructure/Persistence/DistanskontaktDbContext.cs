using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Distanskontakt.Infrastructure.Persistence;

/// <summary>
/// The app's database: the registration log and what belongs to it, trainer mode's own scenarios and quiz counters, uploaded rule-set files with their audit trail, and the data-protection keys that several
/// instances share. Created per operation by <see cref="IDbContextFactory{TContext}"/>, never shared by a circuit.
/// </summary>
public sealed class DistanskontaktDbContext(DbContextOptions<DistanskontaktDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<LoggedDecision> LoggedDecisions => Set<LoggedDecision>();

    public DbSet<DecisionVoid> DecisionVoids => Set<DecisionVoid>();

    public DbSet<AbandonedAttemptCount> AbandonedAttempts => Set<AbandonedAttemptCount>();

    public DbSet<LogPurge> LogPurges => Set<LogPurge>();

    public DbSet<TrainerScenario> TrainerScenarios => Set<TrainerScenario>();

    public DbSet<ScenarioAnswerCount> ScenarioAnswerCounts => Set<ScenarioAnswerCount>();

    public DbSet<RuleSetFile> RuleSetFiles => Set<RuleSetFile>();

    public DbSet<RuleSetAuditRecord> RuleSetAuditEntries => Set<RuleSetAuditRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DistanskontaktDbContext).Assembly);
}
