using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.ToTable("ReportingPeriods");
        builder.HasIndex(p => new { p.Kind, p.Year, p.Number }).IsUnique();
        builder.HasIndex(p => p.DueOn);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("ProgressReports");
        builder.Property(r => r.OverallAssessment).HasMaxLength(ProgressReport.AssessmentLength);
        builder.Property(r => r.RowVersion).IsConcurrencyToken();
        builder.HasOne(r => r.Agency).WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PeriodId, r.AgencyId }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.SubmittedAtUtc });
        builder.HasMany(r => r.Lines).WithOne(l => l.Report).HasForeignKey(l => l.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportLineConfiguration : IEntityTypeConfiguration<ReportLine>
{
    public void Configure(EntityTypeBuilder<ReportLine> builder)
    {
        builder.Property(l => l.Results).HasMaxLength(ReportLine.TextLength);
        builder.Property(l => l.Difficulties).HasMaxLength(ReportLine.TextLength);
        builder.Property(l => l.Proposals).HasMaxLength(ReportLine.TextLength);
        builder.HasOne(l => l.Assignment).WithMany().HasForeignKey(l => l.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ReportId, l.AssignmentId }).IsUnique();
        builder.HasIndex(l => l.AssignmentId);
        builder.Property(l => l.ReviewComment).HasMaxLength(ReportTransition.CommentLength);
        builder.HasMany(l => l.IndicatorValues).WithOne().HasForeignKey(v => v.LineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.IndicatorValues).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.Value).HasPrecision(18, 2);
        builder.HasOne(v => v.Indicator).WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.LineId, v.IndicatorId }).IsUnique();
        builder.HasIndex(v => v.IndicatorId);
    }
}

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersion>
{
    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.Property(v => v.SubmittedByUserId).HasMaxLength(450);
        builder.Property(v => v.SubmittedByName).HasMaxLength(200);
        builder.Property(v => v.Content);
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(EvidenceFile.DisplayNameLength);
        builder.Property(a => a.StoredName).HasMaxLength(Attachment.StoredNameLength);
        builder.HasIndex(a => a.StoredName).IsUnique();
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
        builder.HasOne(a => a.Line).WithMany().HasForeignKey(a => a.LineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ReportId);
    }
}

internal sealed class ReportTransitionConfiguration : IEntityTypeConfiguration<ReportTransition>
{
    public void Configure(EntityTypeBuilder<ReportTransition> builder)
    {
        builder.Property(t => t.ActorUserId).HasMaxLength(450);
        builder.Property(t => t.ActorName).HasMaxLength(200);
        builder.Property(t => t.Comment).HasMaxLength(ReportTransition.CommentLength);
        builder.HasIndex(t => new { t.ReportId, t.AtUtc });
    }
}
