using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.History;

/// <summary>Finds demo reports and moves them through the workflow with the domain methods, as the review pages would.</summary>
public static class WorkflowSetup
{
    public const string HangBac = "HN-HK-HB-UBND";

    /// <summary>The id of an agency's report for a quarter of 2026 (Q4 is the current period, a draft for Hàng Bạc).</summary>
    public static Task<int> ReportIdAsync(this DanVanFactory factory, string agencyCode, int quarter = 4) =>
        factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == agencyCode && r.Period!.Kind == PeriodKind.Quarter && r.Period.Year == 2026 && r.Period.Number == quarter)
            .Select(r => r.Id).SingleAsync());

    /// <summary>A demo account as the actor recorded in transitions.</summary>
    public static async Task<Actor> ActorAsync(DanVanDbContext db, string userName)
    {
        var normalized = userName.ToUpperInvariant();
        var user = await db.Users.SingleAsync(u => u.NormalizedUserName == normalized);
        return new Actor(user.Id, user.FullName);
    }

    /// <summary>Loads a report with its content, lets <paramref name="change"/> act on it with the context, and saves.</summary>
    public static async Task ChangeReportAsync(this DanVanFactory factory, int reportId, Func<DanVanDbContext, ProgressReport, Task> change)
    {
        await factory.QueryAsync(async db =>
        {
            var report = await db.Reports.WithContent().SingleAsync(r => r.Id == reportId);
            await change(db, report);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>The line of the report's first task in the order the report shows its lines.</summary>
    public static ReportLine FirstLine(this ProgressReport report) =>
        report.Lines.OrderBy(l => l.Assignment!.Role).ThenBy(l => l.Assignment!.Task!.SortOrder).First();
}
