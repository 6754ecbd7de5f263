using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class RuleSetAuditRecordConfiguration : IEntityTypeConfiguration<RuleSetAuditRecord>
{
    public void Configure(EntityTypeBuilder<RuleSetAuditRecord> builder)
    {
        builder.ToTable("RuleSetAuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(RuleSetFileLimits.AuditActionMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.User).HasMaxLength(RuleSetFileLimits.UserMaxLength).IsRequired();
        builder.Property(e => e.FileName).HasMaxLength(RuleSetFileLimits.FileNameMaxLength).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(RuleSetFileLimits.Sha256Length).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(e => e.SetId).HasMaxLength(RuleSetFileLimits.SetIdMaxLength).IsUnicode(false);
        builder.Property(e => e.Detail).HasMaxLength(RuleSetFileLimits.AuditDetailMaxLength);
        builder.HasIndex(e => e.AtUtc);
    }
}
