using System.Text.Json;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Importing;
using DanVan.Web.Exports;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Importing;

/// <summary>An account an import created and its one-time password.</summary>
public sealed record IssuedPassword(string Email, string FullName, string Password);

/// <summary>
/// The passwords an import generated: encrypted with ASP.NET Data Protection (the key ring is in the database, so every
/// instance can read them) into the batch's row, and handed out once as an .xlsx: the download clears them in the same
/// save that records it (a concurrency token, so two simultaneous downloads cannot both get them) and is audited without
/// the passwords.
/// </summary>
public sealed class ImportPasswords(DanVanDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("DanVan.Import.Passwords");

    public string Protect(IReadOnlyList<IssuedPassword> issued) => _protector.Protect(JsonSerializer.Serialize(issued));

    /// <summary>The workbook of the batch's passwords, or null when they were already taken.</summary>
    public async Task<byte[]?> TakeAsync(ImportBatch batch, Actor actor, IReadOnlyList<string> headers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        string taken;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            taken = batch.TakePasswords(now);
            AuditTrail.Add(db, actor, now, "import.passwords", nameof(ImportBatch), batch.Id.ToString(), null, new { batch.FileName, Accounts = batch.CreatedCount });
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DomainException or DbUpdateConcurrencyException)
        {
            return null;
        }

        var table = new SheetTable("Passwords", headers);
        foreach (var account in JsonSerializer.Deserialize<List<IssuedPassword>>(_protector.Unprotect(taken)) ?? [])
        {
            table.Add(SheetCell.Of(account.Email), SheetCell.Of(account.FullName), SheetCell.Of(account.Password));
        }

        return SpreadsheetWriter.Write([table]);
    }
}
