using DanVan.Domain;
using DanVan.Domain.Directives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(Directive.CodeLength);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(Directive.TitleLength);
        builder.Property(d => d.SearchName).HasMaxLength(SearchText.Length);
        builder.HasIndex(d => d.SearchName);
        builder.Property(d => d.IssuingBody).HasMaxLength(Directive.IssuingBodyLength);
        builder.Property(d => d.Summary).HasMaxLength(Directive.SummaryLength);
        builder.Property(d => d.FullText);
        builder.HasMany(d => d.Tasks).WithOne(t => t.Directive).HasForeignKey(t => t.DirectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Tasks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DirectiveTaskConfiguration : IEntityTypeConfiguration<DirectiveTask>
{
    public void Configure(EntityTypeBuilder<DirectiveTask> builder)
    {
        builder.ToTable("DirectiveTasks");
        builder.Property(t => t.Number).HasMaxLength(DirectiveTask.NumberLength);
        builder.HasIndex(t => new { t.DirectiveId, t.Number }).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(DirectiveTask.TitleLength);
        builder.Property(t => t.SearchName).HasMaxLength(SearchText.Length);
        builder.HasIndex(t => t.SearchName);
        builder.Property(t => t.Wording).HasMaxLength(DirectiveTask.WordingLength);
        builder.HasMany(t => t.Indicators).WithOne(i => i.Task).HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(Indicator.NameLength);
        builder.Property(i => i.Unit).HasMaxLength(Indicator.UnitLength);
        builder.HasIndex(i => new { i.TaskId, i.Name }).IsUnique();
    }
}
