using DanVan.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(ApiClient.NameLength);
        builder.Property(c => c.KeyId).HasMaxLength(ApiClient.KeyIdLength);
        builder.Property(c => c.SecretHash).HasMaxLength(32);
        builder.Property(c => c.CreatedByName).HasMaxLength(256);
        builder.HasIndex(c => c.KeyId).IsUnique();
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
