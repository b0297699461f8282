using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Auditing;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Auditing;

/// <summary>The audit trail as the viewer and the report pages read it: filtered in the database, newest first.</summary>
public static class AuditQueries
{
    /// <summary>Entries matching <paramref name="filter"/> (normalized), newest first; an unknown agency matches nothing.</summary>
    public static async Task<IQueryable<AuditEntry>> FilterAsync(DanVanDbContext db, AuditFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var code = filter.Agency is { } id ? await db.Agencies.Where(a => a.Id == id).Select(a => a.Code).SingleOrDefaultAsync(ct) : null;
        return filter.Agency is not null && code is null ? db.AuditEntries.Where(a => false) : Filter(db, filter, code);
    }

    /// <summary>The query of <see cref="FilterAsync"/>, the agency (if any) given with its code; it reads nothing until enumerated.</summary>
    public static IQueryable<AuditEntry> Filter(DanVanDbContext db, AuditFilter filter, string? agencyCode)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.Q is { } q)
        {
            var pattern = TextSearch.Pattern(q);
            var users = db.Users.Where(u => EF.Functions.Like(u.FullName, pattern, TextSearch.Escape) || EF.Functions.Like(u.Email!, pattern, TextSearch.Escape)).Select(u => u.Id);
            entries = entries.Where(a => EF.Functions.Like(a.UserName, pattern, TextSearch.Escape) || users.Contains(a.UserId));
        }

        if (filter.Agency is { } agencyId && agencyCode is not null)
        {
            entries = AboutAgency(db, entries, agencyId, agencyCode);
        }

        if (filter.Type is { } type)
        {
            entries = entries.Where(a => a.EntityType == type);
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = Hanoi.EndOfDayUtc(from.AddDays(-1));
            entries = entries.Where(a => a.AtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = Hanoi.EndOfDayUtc(to);
            entries = entries.Where(a => a.AtUtc < end);
        }

        return entries.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id);
    }

    /// <summary>The query parameter of the page number of a report's entries on the report pages.</summary>
    public const string ReportPageParameter = "ap";

    public const int ReportPageSize = 10;

    /// <summary>One page of a report's entries with only the values that changed, for a page that has authorized reading the report.</summary>
    public static async Task<PagedList<AuditRow>> ReportPageAsync(DanVanDbContext db, int reportId, int? page, IStringLocalizer l, CancellationToken ct)
    {
        var entries = await PagedList<AuditEntry>.CreateAsync(ForReport(db, reportId), page, ReportPageSize, ct);
        return entries.Map(e => AuditRow.Of(e, l, changedOnly: true));
    }

    /// <summary>A report's entries (its creation, saves, transitions, attachments and reopening), newest first.</summary>
    public static IQueryable<AuditEntry> ForReport(DanVanDbContext db, int reportId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = reportId.ToString(CultureInfo.InvariantCulture);
        return db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ProgressReport) && a.EntityId == key)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id);
    }

    /// <summary>
    /// Entries about an agency (the agency itself, by its code; its reports; its assignments, and a removed assignment by
    /// the agency code kept in its "before" values) and entries made by its users.
    /// </summary>
    private static IQueryable<AuditEntry> AboutAgency(DanVanDbContext db, IQueryable<AuditEntry> entries, int agencyId, string code)
    {
        var reports = db.Reports.Where(r => r.AgencyId == agencyId).Select(r => r.Id.ToString());
        var assignments = db.Assignments.Where(s => s.AgencyId == agencyId).Select(s => s.Id.ToString());
        var users = db.Users.Where(u => u.AgencyId == agencyId).Select(u => u.Id);
        var removed = "%\"agencyCode\":\"" + TextSearch.Pattern(code).Trim('%') + "\"%";
        return entries.Where(a =>
            (a.EntityType == nameof(Agency) && a.EntityId == code)
            || (a.EntityType == nameof(ProgressReport) && reports.Contains(a.EntityId))
            || (a.EntityType == nameof(Assignment) && (assignments.Contains(a.EntityId) || (a.Action == "assignment.remove" && EF.Functions.Like(a.Before!, removed, TextSearch.Escape))))
            || users.Contains(a.UserId));
    }
}
