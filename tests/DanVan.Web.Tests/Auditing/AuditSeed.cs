using System.Globalization;
using DanVan.Domain;
using DanVan.Domain.Auditing;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Auditing;

/// <summary>Audit entries written straight into a test portal's database, as the portal writes them, at chosen instants.</summary>
internal static class AuditSeed
{
    public const string HangBac = "HN-HK-HB-UBND";

    public static Task<long> AddAsync(this DanVanFactory factory, string userName, DateTime atUtc, string action, string entityType, string entityId, string? before, string? after) =>
        factory.QueryAsync(async db =>
        {
            var normalized = userName.ToUpperInvariant();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedUserName == normalized);
            var entry = AuditEntry.Record(new Actor(user.Id, user.FullName), DateTime.SpecifyKind(atUtc, DateTimeKind.Utc), action, entityType, entityId, before, after);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    /// <summary>The id, as the audit trail writes it, of an agency's Q3/2026 report.</summary>
    public static async Task<string> ReportKeyAsync(this DanVanFactory factory, string agencyCode) =>
        Key(await factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == agencyCode && r.Period!.Kind == Domain.Reporting.PeriodKind.Quarter && r.Period.Year == 2026 && r.Period.Number == 3)
            .Select(r => r.Id).SingleAsync()));

    public static async Task<string> AssignmentKeyAsync(this DanVanFactory factory, string agencyCode) =>
        Key(await factory.QueryAsync(db => db.Assignments.Where(a => a.Agency!.Code == agencyCode).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()));

    public static Task<string> UserIdAsync(this DanVanFactory factory, string userName)
    {
        var normalized = userName.ToUpperInvariant();
        return factory.QueryAsync(db => db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleAsync());
    }

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The entry ids listed on an audit page, in the order shown.</summary>
    public static List<long> Ids(HtmlPage page, string selector = "[data-testid=audit-list] [data-audit]") =>
        page.Document.QuerySelectorAll(selector).Select(e => long.Parse(e.GetAttribute("data-audit")!, CultureInfo.InvariantCulture)).ToList();
}
