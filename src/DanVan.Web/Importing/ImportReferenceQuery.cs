using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain.Importing;
using DanVan.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Importing;

/// <summary>
/// Loads what a file is checked against (<see cref="ImportReference"/>) in three plain projections (accounts' e-mails,
/// agency codes, unit codes), which translate the same on SQLite and SQL Server; a portal holds thousands of each at most.
/// </summary>
public static class ImportReferenceQuery
{
    public static IQueryable<string> Emails(DanVanDbContext db) => db.Users.Where(u => u.NormalizedEmail != null).Select(u => u.NormalizedEmail!);

    public static IQueryable<AgencyCode> Agencies(DanVanDbContext db) =>
        db.Agencies.Select(a => new AgencyCode(a.Code, a.IsActive && a.Unit!.ValidTo == null));

    public static IQueryable<UnitCode> Units(DanVanDbContext db) => db.Units.Select(u => new UnitCode(u.Code, u.Level, u.ValidTo == null));

    public static async Task<ImportReference> LoadAsync(DanVanDbContext db, ImportKind kind, CancellationToken ct)
    {
        var emails = kind == ImportKind.Users ? await Emails(db).ToListAsync(ct) : [];
        var agencies = kind == ImportKind.Units ? [] : await Agencies(db).ToListAsync(ct);
        var units = kind == ImportKind.Users ? [] : await Units(db).ToListAsync(ct);
        return new ImportReference(
            emails.Select(ImportText.Fold).ToHashSet(StringComparer.Ordinal),
            agencies.Where(a => a.Usable).Select(a => ImportText.Fold(a.Code)).ToHashSet(StringComparer.Ordinal),
            agencies.Select(a => ImportText.Fold(a.Code)).ToHashSet(StringComparer.Ordinal),
            units.Where(u => u.Current).GroupBy(u => ImportText.Fold(u.Code)).ToDictionary(g => g.Key, g => g.First().Level, StringComparer.Ordinal),
            units.Select(u => ImportText.Fold(u.Code)).ToHashSet(StringComparer.Ordinal),
            Roles.All);
    }

    public sealed record AgencyCode(string Code, bool Usable);

    public sealed record UnitCode(string Code, UnitLevel Level, bool Current);
}
