using Distanskontakt.Domain.Log;
using Distanskontakt.Domain.Training;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class TrainerScenarioConfiguration : IEntityTypeConfiguration<TrainerScenario>
{
    public void Configure(EntityTypeBuilder<TrainerScenario> builder)
    {
        builder.ToTable("TrainerScenarios");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(TrainingLimits.TitleMaxLength).IsRequired();
        builder.Property(e => e.Situation).HasMaxLength(TrainingLimits.SituationMaxLength).IsRequired();
        builder.Property(e => e.Answers).HasMaxLength(TrainingLimits.AnswersMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.RuleSetId).HasMaxLength(RegistrationLogLimits.RuleSetIdMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.Registration).HasConversion(WireNameConverter.Registration)
            .HasMaxLength(RegistrationLogLimits.WireNameMaxLength).IsUnicode(false);
        builder.Property(e => e.ContactTypeCode).HasMaxLength(TrainingLimits.ContactTypeCodeMaxLength);
        builder.Property(e => e.ContactTypeName).HasMaxLength(TrainingLimits.ContactTypeNameMaxLength);
        builder.Property(e => e.RequiredObligations).HasMaxLength(TrainingLimits.ObligationsMaxLength).IsUnicode(false).IsRequired();
    }
}
