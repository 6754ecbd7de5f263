using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class RuleSetFileConfiguration : IEntityTypeConfiguration<RuleSetFile>
{
    public void Configure(EntityTypeBuilder<RuleSetFile> builder)
    {
        builder.ToTable("RuleSetFiles");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.FileName).HasMaxLength(RuleSetFileLimits.FileNameMaxLength).IsRequired();
        builder.Property(e => e.SetId).HasMaxLength(RuleSetFileLimits.SetIdMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.Version).HasMaxLength(RuleSetFileLimits.VersionMaxLength).IsRequired();
        builder.Property(e => e.Region).HasMaxLength(RuleSetFileLimits.RegionMaxLength).IsRequired();
        builder.Property(e => e.Kind).HasConversion(WireNameConverter.RuleSetKind)
            .HasMaxLength(RegistrationLogLimits.WireNameMaxLength).IsUnicode(false);
        builder.Property(e => e.Supersedes).HasMaxLength(RuleSetFileLimits.SetIdMaxLength).IsUnicode(false);
        builder.Property(e => e.Sha256).HasMaxLength(RuleSetFileLimits.Sha256Length).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(e => e.Content).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(RuleSetFileLimits.UserMaxLength).IsRequired();
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(RuleSetFileLimits.StateMaxLength).IsUnicode(false);
        builder.Property(e => e.ActivatedBy).HasMaxLength(RuleSetFileLimits.UserMaxLength);
        builder.Property(e => e.QuarantineReason).HasMaxLength(RuleSetFileLimits.QuarantineReasonMaxLength);

        // The same file is stored once; every instance polls the active ones.
        builder.HasIndex(e => e.Sha256).IsUnique();
        builder.HasIndex(e => e.State);
    }
}
