using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

/// <summary>The read model is derived data: no foreign keys to the records it was computed from, indexes for every dashboard query.</summary>
internal sealed class ReportingFactConfiguration : IEntityTypeConfiguration<ReportingFact>
{
    public void Configure(EntityTypeBuilder<ReportingFact> builder)
    {
        builder.ToTable("ReportingFacts");
        builder.Property(f => f.AgencyName).HasMaxLength(ReportingFact.AgencyNameLength);
        builder.Property(f => f.UnitPath).HasMaxLength(AdministrativeUnit.PathLength);
        builder.HasIndex(f => new { f.PeriodId, f.DirectiveId, f.UnitPath });
        builder.HasIndex(f => new { f.PeriodId, f.DirectiveId, f.AgencyId }).IsUnique();
        builder.HasIndex(f => new { f.AgencyId, f.PeriodId });
        builder.HasMany(f => f.Lines).WithOne(l => l.Fact).HasForeignKey(l => l.FactId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportingFactLineConfiguration : IEntityTypeConfiguration<ReportingFactLine>
{
    public void Configure(EntityTypeBuilder<ReportingFactLine> builder)
    {
        builder.ToTable("ReportingFactLines");
        builder.Property(l => l.AgencyName).HasMaxLength(ReportingFact.AgencyNameLength);
        builder.Property(l => l.UnitPath).HasMaxLength(AdministrativeUnit.PathLength);
        builder.HasIndex(l => new { l.FactId, l.TaskId });
        builder.HasIndex(l => new { l.PeriodId, l.DirectiveId, l.UnitPath, l.TaskId, l.IsAssigned, l.Progress, l.DueOn, l.CompletedInTime })
            .HasDatabaseName("IX_ReportingFactLines_Counts");
        builder.HasOne(l => l.Text).WithOne(t => t.Line).HasForeignKey<ReportingFactText>(t => t.LineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Indicators).WithOne(i => i.Line).HasForeignKey(i => i.LineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportingFactTextConfiguration : IEntityTypeConfiguration<ReportingFactText>
{
    public void Configure(EntityTypeBuilder<ReportingFactText> builder)
    {
        builder.ToTable("ReportingFactTexts");
        builder.HasKey(t => t.LineId);
        builder.Property(t => t.Results).HasMaxLength(ReportLine.TextLength);
        builder.Property(t => t.Difficulties).HasMaxLength(ReportLine.TextLength);
        builder.Property(t => t.Proposals).HasMaxLength(ReportLine.TextLength);
    }
}

internal sealed class ReportingFactIndicatorConfiguration : IEntityTypeConfiguration<ReportingFactIndicator>
{
    public void Configure(EntityTypeBuilder<ReportingFactIndicator> builder)
    {
        builder.ToTable("ReportingFactIndicators");
        builder.Property(i => i.Value).HasPrecision(18, 2);
        builder.Property(i => i.UnitPath).HasMaxLength(AdministrativeUnit.PathLength);
        builder.HasIndex(i => new { i.LineId, i.IndicatorId }).IsUnique();
        builder.HasIndex(i => new { i.PeriodId, i.DirectiveId, i.UnitPath, i.IndicatorId, i.Value }).HasDatabaseName("IX_ReportingFactIndicators_Sums");
    }
}

internal sealed class ReportingFactVersionConfiguration : IEntityTypeConfiguration<ReportingFactVersion>
{
    public void Configure(EntityTypeBuilder<ReportingFactVersion> builder)
    {
        builder.ToTable("ReportingFactVersions");
        builder.HasKey(v => v.PeriodId);
        builder.Property(v => v.PeriodId).ValueGeneratedNever();
    }
}

internal sealed class ReportingFactChangeConfiguration : IEntityTypeConfiguration<ReportingFactChange>
{
    public void Configure(EntityTypeBuilder<ReportingFactChange> builder)
    {
        builder.ToTable("ReportingFactChanges");
        builder.HasKey(c => new { c.PeriodId, c.Version });
        builder.Property(c => c.PeriodId).ValueGeneratedNever();
        builder.Property(c => c.Version).ValueGeneratedNever();
    }
}
