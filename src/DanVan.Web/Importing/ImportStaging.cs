using System.Security.Cryptography;
using System.Text.Json;
using DanVan.Data;
using DanVan.Domain.Importing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Importing;

/// <summary>
/// Keeps an upload between its dry run and its import: the rows as read go into an <see cref="ImportBatch"/> row (so any
/// instance sharing the database can take the second step), keyed by a random id and named by the file's SHA-256. Only
/// the administrator who uploaded a file sees it again. Uploads never imported are deleted once older than
/// <see cref="ImportBatch.Lifetime"/>, at the next upload.
/// </summary>
public sealed class ImportStaging(DanVanDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ImportBatch> StageAsync(ImportKind kind, string fileName, byte[] bytes, ImportSheet sheet, string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - ImportBatch.Lifetime;
        await db.ImportBatches.Where(b => b.ImportedAtUtc == null && b.UploadedAtUtc < expired).ExecuteDeleteAsync(ct);
        var batch = ImportBatch.Stage(kind, fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), JsonSerializer.Serialize(sheet, Json), sheet.Rows.Count, userId, now);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch;
    }

    /// <summary>The batch <paramref name="id"/> if <paramref name="userId"/> uploaded it, else null.</summary>
    public Task<ImportBatch?> FindAsync(Guid id, string userId, CancellationToken ct) =>
        db.ImportBatches.SingleOrDefaultAsync(b => b.Id == id && b.UploadedById == userId, ct);

    public static ImportSheet SheetOf(ImportBatch batch) =>
        JsonSerializer.Deserialize<ImportSheet>(batch.Content, Json) ?? throw new InvalidOperationException($"Import batch {batch.Id} has no rows.");
}
