using Distanskontakt.Domain.Log;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class AbandonedAttemptCountConfiguration : IEntityTypeConfiguration<AbandonedAttemptCount>
{
    public void Configure(EntityTypeBuilder<AbandonedAttemptCount> builder)
    {
        builder.ToTable("AbandonedAttempts");
        builder.HasKey(e => new { e.UnitCode, e.Day, e.QuestionPath });
        builder.Property(e => e.UnitCode).HasMaxLength(RegistrationLogLimits.UnitCodeMaxLength);
        builder.Property(e => e.QuestionPath).HasMaxLength(RegistrationLogLimits.QuestionPathMaxLength).IsUnicode(false);
    }
}
