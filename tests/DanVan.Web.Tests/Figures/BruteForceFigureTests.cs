using System.Globalization;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Tests.Figures;

/// <summary>
/// Every headline figure and task status count of every quarter, for every unit of that quarter's tree, equals what is
/// recomputed here by brute force from the kept report versions and the versioned tree, after moves, a merge, a rename,
/// a deactivation, a district dissolved into the city and typing in a returned report that was not submitted again.
/// </summary>
public sealed class BruteForceFigureTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private static readonly string[] Keys = ["expected", "submitted", "ontime", "late", "missing", "accepted", "returned"];

    [Fact]
    public async Task Dashboard_figures_equal_a_recomputation_from_the_submitted_versions_in_the_tree_of_each_period()
    {
        await factory.QueryAsync(async db =>
        {
            await Restructure.RenameAsync(db, "HN-BD-PX", "Phường Phúc Xá (mới)", new DateOnly(2026, 4, 1));
            await Restructure.MoveAsync(db, "HN-HK-HT", "HN-BD", new DateOnly(2026, 7, 1));
            await Restructure.MergeAsync(db, ["HN-CG-DV", "HN-CG-ND"], "HN-CG", "HN-CG-X", "Phường Cầu Giấy Mới", new DateOnly(2026, 1, 1));
            await Restructure.DeactivateAsync(db, "HN-SYT", new DateOnly(2026, 8, 1));
            await Restructure.DissolveDistrictAsync(db, "HN-CG", new DateOnly(2026, 10, 1));
            await TypeInAReturnedReportAsync(db);
            return 0;
        });
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var world = await factory.QueryAsync(World.LoadAsync);
        var checkedUnits = 0;

        foreach (var period in world.Periods)
        {
            var today = Hanoi.Today(factory.Clock);
            var asOf = today < period.DueOn ? today : period.DueOn;
            foreach (var (unitId, path) in world.TreeOn(period.DataTo))
            {
                var expected = world.FactsOf(period, path);
                var page = await HtmlPage.GetAsync(client, $"/Dashboard?period={period.Id}&unit={unitId}");
                var shown = Keys.ToDictionary(k => k, k => Number(page, $"figure-{k}"));
                Assert.Equal(
                    new Dictionary<string, int>
                    {
                        ["expected"] = expected.Count,
                        ["submitted"] = expected.Count(f => f.Report?.Version >= 1),
                        ["ontime"] = expected.Count(f => f.Report?.Version >= 1 && !f.Report.IsLate),
                        ["late"] = expected.Count(f => f.Report?.Version >= 1 && f.Report.IsLate),
                        ["missing"] = expected.Count(f => f.Report is not { Version: >= 1 }),
                        ["accepted"] = expected.Count(f => f.Report is { Version: >= 1, Status: ReportStatus.Accepted }),
                        ["returned"] = expected.Count(f => f.Report is { Version: >= 1, Status: ReportStatus.Returned }),
                    },
                    shown);
                var statuses = expected.SelectMany(f => world.SubmittedLines(f)).Select(l => TaskStatusRule.Derive(l.Progress, l.DueOn, l.CompletedOn, asOf)).ToList();
                foreach (var status in Enum.GetValues<TaskStatus>())
                {
                    Assert.True(statuses.Count(s => s == status) == Number(page, $"tasks-{status}"), $"{status} in period {period.Id}, unit {unitId}");
                }

                checkedUnits++;
            }
        }

        Assert.True(checkedUnits >= 50, $"Only {checkedUnits} period × unit views were compared.");
    }

    /// <summary>Changes a returned report's lines and saves the draft without submitting it: no figure may move.</summary>
    private static async Task TypeInAReturnedReportAsync(DanVanDbContext db)
    {
        var report = await db.Reports.Include(r => r.Period).Include(r => r.Lines).ThenInclude(l => l.Assignment)
            .FirstAsync(r => r.Status == ReportStatus.Returned);
        foreach (var line in report.Lines)
        {
            report.UpdateLine(line, TaskProgress.Done, 100, report.Period!.DataFrom, "Đã sửa nhưng chưa gửi lại", null, null);
        }

        await db.SaveChangesAsync();
    }

    private static int Number(HtmlPage page, string testId) =>
        int.Parse(page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent ?? throw new InvalidOperationException($"No {testId} on the page."), CultureInfo.InvariantCulture);
}
