using Distanskontakt.Domain.Training;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class ScenarioAnswerCountConfiguration : IEntityTypeConfiguration<ScenarioAnswerCount>
{
    public void Configure(EntityTypeBuilder<ScenarioAnswerCount> builder)
    {
        builder.ToTable("ScenarioAnswerCounts");
        builder.HasKey(e => e.ScenarioId);
        builder.Property(e => e.ScenarioId).HasMaxLength(TrainingLimits.ScenarioIdMaxLength).IsUnicode(false);
    }
}
