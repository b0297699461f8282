using DanVan.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionLength);
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeLength);
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.EntityIdLength);
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}
