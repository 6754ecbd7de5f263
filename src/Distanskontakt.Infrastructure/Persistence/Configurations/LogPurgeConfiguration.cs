using Distanskontakt.Domain.Log;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class LogPurgeConfiguration : IEntityTypeConfiguration<LogPurge>
{
    public void Configure(EntityTypeBuilder<LogPurge> builder)
    {
        builder.ToTable("LogPurges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.PurgedByHash).HasMaxLength(RegistrationLogLimits.UserIdHashLength).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(e => e.UnitCodes).HasMaxLength(RegistrationLogLimits.PurgedUnitsMaxLength).IsRequired();
    }
}
