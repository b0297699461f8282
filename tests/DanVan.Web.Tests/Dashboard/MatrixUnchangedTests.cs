using System.Globalization;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Review;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// The matrix flags an agency's line whose results repeat its results of the previous quarter, and only that line; the
/// flags are kept per instance under both quarters' fact versions, so a submission in the previous quarter is seen at once.
/// </summary>
public sealed class MatrixUnchangedTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Agency = "HN-BD-TB-UBND";

    [Fact]
    public async Task A_line_copied_from_last_quarter_is_flagged_until_last_quarter_is_submitted_again_with_other_results()
    {
        var (current, previous, assignmentId) = await factory.SubmitWithLineCopiedFromLastQuarterAsync(Agency, DemoAccounts.BaDinhReviewer, DemoAccounts.PhucXaHead);
        var taskId = await factory.QueryAsync(db => db.Assignments.Where(a => a.Id == assignmentId).Select(a => a.TaskId).SingleAsync());
        var (agencyId, unitId, periodId) = await factory.QueryAsync(db => db.Reports.Where(r => r.Id == current)
            .Select(r => new ValueTuple<int, int, int>(r.AgencyId, r.Agency!.UnitId, r.PeriodId)).SingleAsync());
        var client = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        var url = $"/Dashboard?period={periodId}&unit={unitId}";

        Assert.Equal([taskId.ToString(CultureInfo.InvariantCulture)], await FlaggedTasksAsync(client, url, agencyId));
        Assert.Equal([taskId.ToString(CultureInfo.InvariantCulture)], await FlaggedTasksAsync(client, url, agencyId));

        await factory.ChangeAsync(previous, DemoAccounts.BaDinhReviewer, (report, actor, now) =>
        {
            if (report.Status == ReportStatus.Accepted)
            {
                report.Reopen(actor, "Sửa số liệu quý trước.", now);
            }
            else if (report.Status == ReportStatus.Submitted)
            {
                report.Return(actor, "Sửa số liệu quý trước.", now);
            }

            var line = report.Lines.Single(l => l.AssignmentId == assignmentId);
            report.UpdateLine(line, line.Progress, line.Percent, line.CompletedOn, "Kết quả quý trước đã được viết lại hoàn toàn bằng những câu khác.", line.Difficulties, line.Proposals);
            report.Submit(actor, now);
        });

        Assert.Empty(await FlaggedTasksAsync(client, url, agencyId));
    }

    private static async Task<List<string>> FlaggedTasksAsync(HttpClient client, string url, int agencyId)
    {
        var page = await HtmlPage.GetAsync(client, url);
        return page.Document.QuerySelectorAll($"[data-testid=matrix] tr[data-row-agency='{agencyId}'] [data-testid=unchanged]")
            .Select(flag => flag.Closest("td")!.GetAttribute("data-task")!).ToList();
    }
}
