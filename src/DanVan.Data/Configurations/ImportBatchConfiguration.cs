using DanVan.Domain.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.FileName).HasMaxLength(ImportBatch.FileNameLength);
        builder.Property(b => b.ContentHash).HasMaxLength(ImportBatch.HashLength).IsUnicode(false);
        builder.Property(b => b.UploadedById).HasMaxLength(450);
        builder.Property(b => b.ImportedAtUtc).IsConcurrencyToken();
        builder.Property(b => b.PasswordsTakenAtUtc).IsConcurrencyToken();
        builder.HasIndex(b => new { b.ImportedAtUtc, b.UploadedAtUtc });
    }
}
