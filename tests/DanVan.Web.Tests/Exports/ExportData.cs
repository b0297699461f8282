using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Exports;

/// <summary>Reports the export tests need in the current period, created through the domain as the portal would.</summary>
internal static class ExportData
{
    /// <summary>
    /// Starts a report for the agency in the current period, writes the texts on its first line, submits it, and then
    /// accepts or returns it as asked (<see cref="ReportStatus.Submitted"/> leaves it waiting for review).
    /// </summary>
    public static Task ReportAsync(this DanVanFactory factory, string agencyCode, ReportStatus outcome, string results, string? difficulties = null, string? proposals = null) =>
        factory.QueryAsync(async db =>
        {
            var agency = await db.Agencies.Include(a => a.Unit).SingleAsync(a => a.Code == agencyCode);
            var assignments = await db.Assignments.Include(a => a.Task).Where(a => a.AgencyId == agency.Id).ToListAsync();
            var period = await db.Periods.OrderByDescending(p => p.DueOn).FirstAsync();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var report = ProgressReport.Start(agency, period, assignments, now.AddHours(-3));
            report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 60, null, results, difficulties, proposals);
            report.Submit(DashboardData.Submitter, now.AddHours(-2));
            if (outcome == ReportStatus.Accepted)
            {
                report.Accept(DashboardData.Submitter, now.AddHours(-1));
            }
            else if (outcome == ReportStatus.Returned)
            {
                report.Return(DashboardData.Submitter, "Bổ sung số liệu.", now.AddHours(-1));
            }

            db.Reports.Add(report);
            return await db.SaveChangesAsync();
        });
}
