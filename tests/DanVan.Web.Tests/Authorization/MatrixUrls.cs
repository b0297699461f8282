using System.Globalization;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Authorization;

/// <summary>
/// Resolves the placeholders of the matrices' URLs from the database: {directive}, {task}, {period} (Q4/2026),
/// {agency:CODE}, {unit:CODE}, {report:AGENCYCODE} (its Q3/2026 report), {user:EMAIL}, {assignment:AGENCYCODE}.
/// </summary>
internal static class MatrixUrls
{
    public static async Task<string> ResolveAsync(DanVanFactory factory, string url)
    {
        var start = url.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return url;
        }

        var end = url.IndexOf('}', start);
        var token = url[(start + 1)..end];
        var (kind, code) = token.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (token[..colon], token[(colon + 1)..]) : (token, string.Empty);
        var id = kind switch
        {
            "directive" => await factory.QueryAsync(db => db.Directives.Where(d => d.Code == DirectiveSeed.DirectiveCode).Select(d => d.Id).SingleAsync()),
            "task" => await factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == "2.1").Select(t => t.Id).SingleAsync()),
            "period" => await factory.QueryAsync(db => db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 4).Select(p => p.Id).SingleAsync()),
            "agency" => await factory.AgencyIdAsync(code),
            "unit" => await factory.QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync()),
            "assignment" => await factory.QueryAsync(db => db.Assignments.Where(a => a.Agency!.Code == code).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()),
            "report" => await factory.QueryAsync(db => db.Reports
                .Where(r => r.Agency!.Code == code && r.Period!.Year == 2026 && r.Period.Number == 3 && r.Period.Kind == PeriodKind.Quarter)
                .Select(r => r.Id).SingleAsync()),
            "user" => (object)await factory.QueryAsync(db => db.Users.Where(u => u.Email == code).Select(u => u.Id).SingleAsync()),
            _ => throw new ArgumentException($"Unknown placeholder {token}.", nameof(url)),
        };
        var resolved = string.Concat(url.AsSpan(0, start), Convert.ToString(id, CultureInfo.InvariantCulture), url.AsSpan(end + 1));
        return await ResolveAsync(factory, resolved);
    }
}
