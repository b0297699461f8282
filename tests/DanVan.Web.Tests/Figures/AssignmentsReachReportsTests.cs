using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Figures;

/// <summary>A task assigned, or an assignment ended, after a report was opened reaches that report while it is being written.</summary>
public sealed class AssignmentsReachReportsTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task A_task_assigned_after_the_draft_was_opened_appears_in_the_draft_and_not_in_submitted_reports()
    {
        var before = await LinesAsync();

        var assigned = await factory.QueryAsync(async db =>
        {
            var task = await db.DirectiveTasks.SingleAsync(t => t.Number == "4.1" && t.Directive!.Code == DirectiveSeed.DirectiveCode);
            var agencies = await db.Agencies.Where(a => before.Keys.Contains(a.Id) && !db.Assignments.Any(s => s.AgencyId == a.Id && s.TaskId == task.Id)).ToListAsync();
            db.Assignments.AddRange(Assignment.Bulk(task, agencies, AssignmentRole.Supporting));
            await db.SaveChangesAsync();
            return agencies.Select(a => a.Id).ToHashSet();
        });
        var after = await LinesAsync();

        Assert.Contains(before, b => assigned.Contains(b.Key) && b.Value.Status == ReportStatus.Draft);
        Assert.Contains(before, b => assigned.Contains(b.Key) && b.Value.Status is ReportStatus.Submitted or ReportStatus.Accepted);
        Assert.All(before, b => Assert.Equal(
            assigned.Contains(b.Key) && b.Value.Status is ReportStatus.Draft or ReportStatus.Returned ? b.Value.Lines + 1 : b.Value.Lines,
            after[b.Key].Lines));
    }

    [Fact]
    public async Task An_assignment_ended_before_the_cut_off_leaves_the_draft()
    {
        var (reportId, assignmentId, lines) = await factory.QueryAsync(async db =>
        {
            var report = await db.Reports.Include(r => r.Lines).FirstAsync(r => r.Status == ReportStatus.Draft && r.Lines.Count > 1);
            return (report.Id, report.Lines.First().AssignmentId, report.Lines.Count);
        });

        await factory.QueryAsync(async db =>
        {
            (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).End(new DateOnly(2026, 10, 1));
            return await db.SaveChangesAsync();
        });

        var left = await factory.QueryAsync(db => db.ReportLines.Where(l => l.ReportId == reportId).Select(l => l.AssignmentId).ToListAsync());
        Assert.Equal(lines - 1, left.Count);
        Assert.DoesNotContain(assignmentId, left);
    }

    private async Task<Dictionary<int, (ReportStatus Status, int Lines)>> LinesAsync() => (await factory.QueryAsync(db => db.Reports
        .Where(r => r.Period!.Year == 2026 && r.Period.Number == 4 && r.Agency!.Kind == AgencyKind.PeoplesCommittee)
        .Select(r => new { r.AgencyId, r.Status, Lines = db.ReportLines.Count(l => l.ReportId == r.Id) }).ToListAsync()))
        .ToDictionary(r => r.AgencyId, r => (r.Status, r.Lines));
}
