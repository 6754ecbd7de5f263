using Distanskontakt.Domain.Log;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class DecisionVoidConfiguration : IEntityTypeConfiguration<DecisionVoid>
{
    public void Configure(EntityTypeBuilder<DecisionVoid> builder)
    {
        builder.ToTable("DecisionVoids");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(RegistrationLogLimits.VoidReasonMaxLength).IsRequired();
        builder.Property(e => e.VoidedByHash).HasMaxLength(RegistrationLogLimits.UserIdHashLength).IsFixedLength().IsUnicode(false).IsRequired();

        // One void per row; the figures' NOT EXISTS looks rows up here.
        builder.HasIndex(e => e.RegistrationId).IsUnique();
    }
}
