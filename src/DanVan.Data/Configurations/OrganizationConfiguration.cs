using DanVan.Domain;
using DanVan.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.ToTable("AdministrativeUnits");
        builder.Property(u => u.Code).HasMaxLength(AdministrativeUnit.CodeLength);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(AdministrativeUnit.NameLength);
        builder.Property(u => u.SearchName).HasMaxLength(SearchText.Length);
        builder.HasIndex(u => u.SearchName);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.ParentId, u.Name });
        builder.Property(u => u.Path).HasMaxLength(AdministrativeUnit.PathLength);
        builder.HasIndex(u => u.Path);
        builder.HasMany(u => u.Versions).WithOne(v => v.Unit).HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(u => u.Predecessors).WithOne(p => p.Successor).HasForeignKey(p => p.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Predecessors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitPredecessorConfiguration : IEntityTypeConfiguration<UnitPredecessor>
{
    public void Configure(EntityTypeBuilder<UnitPredecessor> builder)
    {
        builder.ToTable("UnitPredecessors");
        builder.HasKey(p => new { p.SuccessorId, p.PredecessorId });
        builder.HasOne(p => p.Predecessor).WithMany().HasForeignKey(p => p.PredecessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitVersionConfiguration : IEntityTypeConfiguration<UnitVersion>
{
    public void Configure(EntityTypeBuilder<UnitVersion> builder)
    {
        builder.ToTable("UnitVersions");
        builder.Property(v => v.Name).HasMaxLength(AdministrativeUnit.NameLength);
        builder.HasOne(v => v.Parent).WithMany().HasForeignKey(v => v.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.UnitId, v.ValidFrom }).IsUnique();
        builder.HasIndex(v => new { v.ValidFrom, v.ValidTo });
    }
}

internal sealed class AgencyVersionConfiguration : IEntityTypeConfiguration<AgencyVersion>
{
    public void Configure(EntityTypeBuilder<AgencyVersion> builder)
    {
        builder.ToTable("AgencyVersions");
        builder.Property(v => v.Name).HasMaxLength(Agency.NameLength);
        builder.HasOne(v => v.Unit).WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.AgencyId, v.ValidFrom }).IsUnique();
        builder.HasIndex(v => new { v.UnitId, v.ValidFrom });
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(Agency.CodeLength);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(Agency.NameLength);
        builder.Property(a => a.SearchName).HasMaxLength(SearchText.Length);
        builder.HasIndex(a => a.SearchName);
        builder.Property(a => a.HeadName).HasMaxLength(Agency.HeadNameLength);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Kind });
        builder.HasMany(a => a.Versions).WithOne(v => v.Agency).HasForeignKey(v => v.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasOne(a => a.Task).WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Agency).WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TaskId, a.AgencyId }).IsUnique();
        builder.HasIndex(a => a.AgencyId);
    }
}
