using Distanskontakt.Domain.Log;
using Distanskontakt.Infrastructure.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distanskontakt.Infrastructure.Persistence.Configurations;

internal sealed class LoggedDecisionConfiguration : IEntityTypeConfiguration<LoggedDecision>
{
    /// <summary>
    /// EF Core 10's own comparer for a <c>string[]</c> primitive collection builds and compiles a new element comparer
    /// on every snapshot and comparison: a DynamicMethod per column per tracked row, then its finalizer. Under load
    /// that was most of a logged decision's CPU time (docs/performance.md). This one is compiled once.
    /// </summary>
    internal static readonly ValueComparer<string[]> StringArrayComparer = new(
        (left, right) => left == null ? right == null : right != null && left.SequenceEqual(right),
        array => array.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        array => array.ToArray());

    public void Configure(EntityTypeBuilder<LoggedDecision> builder)
    {
        builder.ToTable("LoggedDecisions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();

        builder.Property(e => e.UnitCode).HasMaxLength(RegistrationLogLimits.UnitCodeMaxLength).IsRequired();
        builder.Property(e => e.Role).HasMaxLength(RegistrationLogLimits.RoleMaxLength).IsRequired();
        builder.Property(e => e.UserIdHash).HasMaxLength(RegistrationLogLimits.UserIdHashLength).IsFixedLength().IsUnicode(false).IsRequired();

        builder.Property(e => e.Answers).HasMaxLength(RegistrationLogLimits.AnswersMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.System).HasConversion(WireNameConverter.System).HasMaxLength(RegistrationLogLimits.WireNameMaxLength).IsUnicode(false);
        builder.Property(e => e.Channel).HasConversion(WireNameConverter.Channel).HasMaxLength(RegistrationLogLimits.WireNameMaxLength).IsUnicode(false);
        builder.Property(e => e.QuestionPath).HasMaxLength(RegistrationLogLimits.QuestionPathMaxLength).IsUnicode(false).IsRequired();

        builder.Property(e => e.RuleSetId).HasMaxLength(RegistrationLogLimits.RuleSetIdMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.RuleSetStatus).HasConversion(WireNameConverter.RuleSetStatus).HasMaxLength(RegistrationLogLimits.WireNameMaxLength).IsUnicode(false);
        builder.Property(e => e.Registration).HasConversion(WireNameConverter.Registration).HasMaxLength(RegistrationLogLimits.WireNameMaxLength).IsUnicode(false);
        builder.Property(e => e.ContactTypeCode).HasMaxLength(RegistrationLogLimits.ContactTypeCodeMaxLength);
        builder.Property(e => e.ContactTypeName).HasMaxLength(RegistrationLogLimits.ContactTypeNameMaxLength);
        builder.Property(e => e.ContactTypeKey).HasMaxLength(RegistrationLogLimits.ContactTypeNameMaxLength);
        builder.PrimitiveCollection(e => e.Obligations).IsRequired().Metadata.SetValueComparer(StringArrayComparer);
        builder.PrimitiveCollection(e => e.NoteKinds).IsRequired().Metadata.SetValueComparer(StringArrayComparer);
        builder.PrimitiveCollection(e => e.Trace).IsRequired().Metadata.SetValueComparer(StringArrayComparer);

        builder.Property(e => e.AppVersion).HasMaxLength(RegistrationLogLimits.AppVersionMaxLength).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(RegistrationLogLimits.CommentMaxLength);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(RegistrationLogLimits.IdempotencyKeyMaxLength);

        // A retry with the same key finds the first row; a second one cannot be written.
        builder.HasIndex(e => e.IdempotencyKey).IsUnique();

        // The review's filters: always one unit (or the administrator's units) and a date range, then
        // optionally a contact type, system, channel or registration kind. The list sorts by contact date.
        // The list of one unit sorted by contact date, its count, and the figures: all from this index alone
        // (it covers every column they read, so 1,000,000 rows stay well under 500 ms on SQLite; see bench/).
        builder.HasIndex(e => new
        {
            e.UnitCode,
            e.ContactDate,
            e.LoggedAtUtc,
            e.ContactTypeKey,
            e.Channel,
            e.ReplacesVisit,
            e.RuleSetStatus,
            e.QuestionPath,
            e.SecondsTaken,
            e.AnswersChanged,
            e.ContactTypeName,
            e.Id,
        }).HasDatabaseName("IX_LoggedDecisions_Review");
        builder.HasIndex(e => new { e.UnitCode, e.ContactTypeKey, e.ContactDate });
        builder.HasIndex(e => new { e.UnitCode, e.Channel, e.ContactDate });
        builder.HasIndex(e => new { e.UnitCode, e.Registration, e.ContactDate });
        builder.HasIndex(e => new { e.UnitCode, e.System, e.ContactDate });
        builder.HasIndex(e => e.ContactDate);
        builder.HasIndex(e => e.LoggedAtUtc);

        builder.HasOne(e => e.Void).WithOne().HasForeignKey<DecisionVoid>(v => v.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
