using System.Net;
using System.Text.RegularExpressions;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// After a report changes, an instance reads again only the part of each kept view that holds the report's agency (the
/// viewed unit's child, or its own agencies), from the change the save recorded beside its fact version; the figures it
/// then shows are exactly those an instance keeping nothing computes from the whole read model.
/// </summary>
public sealed partial class PartialRefreshTests(CountingFactory factory) : IClassFixture<CountingFactory>
{
    /// <summary>The parted grouped reads of a view: reporting counts, line counts and indicator sums of its period.</summary>
    private const int PartedReads = 3;

    [Fact]
    public async Task A_submission_is_recorded_with_its_unit_and_the_views_read_again_only_its_part_with_exact_figures()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var hoanKiem = await factory.UnitIdAsync("HN-HK");
        var caugiay = await factory.UnitIdAsync("HN-CG");
        var city = $"/Dashboard?period={periodId}";
        var district = $"/Dashboard?period={periodId}&unit={hoanKiem}";
        var elsewhere = $"/Dashboard?period={periodId}&unit={caugiay}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        foreach (var url in new[] { city, district, elsewhere })
        {
            await ViewAsync(reviewer, url);
        }

        var kept = await ViewAsync(reviewer, city);
        await SubmitAsync(DemoAccounts.HangBacHead, periodId);

        var change = await factory.QueryAsync(db => db.FactChanges.Where(c => c.PeriodId == periodId).OrderByDescending(c => c.Version).FirstAsync());
        var hangBacPath = await factory.QueryAsync(db => db.Facts
            .Where(f => f.PeriodId == periodId && db.Users.Any(u => u.UserName == DemoAccounts.HangBacHead && u.AgencyId == f.AgencyId))
            .Select(f => f.UnitPath).FirstAsync());
        Assert.Equal(hangBacPath, change.UnitPaths);
        Assert.Equal(change.Version, await factory.QueryAsync(db => db.FactVersions.Where(v => v.PeriodId == periodId).Select(v => v.Version).SingleAsync()));

        var afterCity = await ViewAsync(reviewer, city);
        var afterDistrict = await ViewAsync(reviewer, district);
        var afterElsewhere = await ViewAsync(reviewer, elsewhere);

        // The change log once, then each parted figure for Hoàn Kiếm alone, and the city's own agencies' unchanged-results
        // flags (kept under both quarters' versions); the period's tree is still the one kept: no restructuring since.
        Assert.Equal(kept.Commands + 1 + PartedReads + 1, afterCity.Commands);
        Assert.Equal(PartedReads, afterCity.Grouped);
        Assert.Equal(PartedReads, afterDistrict.Grouped);
        Assert.Equal(0, afterElsewhere.Grouped);
        Assert.Equal(kept.Submitted + 1, afterCity.Submitted);
        using var uncached = new UncachedInstance(factory.Folder);
        var fresh = await uncached.ClientAsync(DemoAccounts.CityReviewer);
        foreach (var (url, seen) in new[] { (city, afterCity), (district, afterDistrict), (elsewhere, afterElsewhere) })
        {
            Assert.Equal((await ViewAsync(fresh, url)).Figures, seen.Figures);
        }
    }

    [Fact]
    public async Task Submissions_in_two_districts_since_a_view_read_both_parts_again_and_a_restructuring_reads_everything_again()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var city = $"/Dashboard?period={periodId}";
        var baDinh = $"/Dashboard?period={periodId}&unit={await factory.UnitIdAsync("HN-BD")}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        await ViewAsync(reviewer, city);
        await ViewAsync(reviewer, baDinh);

        await SubmitAsync(DemoAccounts.PhucXaHead, periodId);
        await SubmitAsync(DemoAccounts.HoanKiemHead, periodId);
        var both = await ViewAsync(reviewer, city);

        var before = await factory.QueryAsync(db => db.FactVersions.Where(v => v.PeriodId == periodId).Select(v => v.Version).SingleAsync());
        await factory.GrowDistrictAsync("HN-BD", 1);
        var since = await factory.QueryAsync(db => db.FactChanges.Where(c => c.PeriodId == periodId && c.Version > before).Select(c => c.UnitPaths).ToListAsync());
        Assert.Contains(null, since); // a ward added: the whole period rewritten, the tree read again
        var restructured = await ViewAsync(reviewer, city);
        var newWard = await ViewAsync(reviewer, baDinh);

        Assert.Equal(2 * PartedReads, both.Grouped);
        Assert.Equal(PartedReads, restructured.Grouped);
        Assert.Equal(PartedReads, newWard.Grouped);
        using var uncached = new UncachedInstance(factory.Folder);
        var fresh = await uncached.ClientAsync(DemoAccounts.CityReviewer);
        Assert.Equal((await ViewAsync(fresh, city)).Figures, restructured.Figures);
        Assert.Equal((await ViewAsync(fresh, baDinh)).Figures, newWard.Figures);
        Assert.Contains(newWard.Figures, f => f.StartsWith("by-unit:", StringComparison.Ordinal) && f.Contains("Phường Thử 00", StringComparison.Ordinal)); // the tree was read again
    }

    /// <summary>Submits the head's report through another instance on the same database, as behind a load balancer.</summary>
    private async Task SubmitAsync(string head, int periodId)
    {
        using var instance = new KeepingFolder(factory.Folder);
        var client = await instance.ClientAsync(head);
        var submitted = await ReportEditor.SubmitFirstLineDoneAsync(client, periodId, "Đơn vị hoàn thành các nhiệm vụ trọng tâm của quý.");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
    }

    private async Task<(int Commands, int Grouped, int Submitted, List<string> Figures)> ViewAsync(HttpClient client, string url)
    {
        factory.Counter.Reset();
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var grouped = factory.Counter.Texts.Count(t => t.Contains("GROUP BY", StringComparison.Ordinal)
            && (t.Contains("FROM \"ReportingFactIndicators\"", StringComparison.Ordinal) || t.Contains("FROM \"ReportingFactLines\"", StringComparison.Ordinal)
                || t.Contains("GROUP BY \"r\".\"UnitPath\", \"r\".\"Level\"", StringComparison.Ordinal))
            && !t.Contains("\"PeriodId\" IN (", StringComparison.Ordinal));
        var figures = page.Document.QuerySelectorAll("[data-testid^=figure-], [data-testid=task-statuses], [data-testid=by-unit], [data-testid=by-level], [data-testid=indicators], [data-testid=matrix], [data-testid=trend]")
            .Select(e => $"{e.GetAttribute("data-testid")}: {Spaces().Replace(e.TextContent, " ").Trim()}")
            .ToList();
        Assert.NotEmpty(figures);
        var submitted = int.Parse(page.Document.QuerySelector("[data-testid=figure-submitted]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        return (factory.Counter.Count, grouped, submitted, figures);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A portal on the class's database, as behind a load balancer, that keeps its folder.</summary>
    private sealed class KeepingFolder(string folder) : SignedInFactory(folder)
    {
        protected override bool DeletesFolder => false;
    }

    /// <summary>A portal on the class's database that keeps no figure: every view computed from the whole read model.</summary>
    private sealed class UncachedInstance(string folder) : SignedInFactory(folder)
    {
        protected override bool DeletesFolder => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Dashboard:FigureCacheRows", "0");
        }
    }
}
