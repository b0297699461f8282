using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Domain.Settings;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// An instance keeps a dashboard view's rendered figures and answers the same view again from them, rendering only the
/// layout, while the fact versions and the catalogue version it read stay the same; a submission, a change to the
/// catalogue, another scope, culture or order is never answered with a page kept for something else.
/// </summary>
public sealed class DashboardPageCacheTests(DashboardPageCacheTests.PageKeepingFactory factory) : IClassFixture<DashboardPageCacheTests.PageKeepingFactory>
{
    private static readonly string[] FigureTables = ["FROM \"ReportingFacts\"", "FROM \"ReportingFactLines\"", "FROM \"ReportingFactIndicators\""];

    [Fact]
    public async Task A_view_seen_again_is_the_kept_page_with_no_figure_read_and_another_culture_or_order_is_its_own()
    {
        var url = $"/Dashboard?period={await factory.CurrentPeriodIdAsync()}&unit={await factory.UnitIdAsync("HN-CG")}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var first = await ViewAsync(reviewer, url);
        var second = await ViewAsync(reviewer, url);

        Assert.Contains(first.Sql, t => FigureTables.Any(t.Contains));
        Assert.DoesNotContain(second.Sql, t => FigureTables.Any(t.Contains));
        Assert.True(second.Sql.Count < first.Sql.Count, $"{second.Sql.Count} commands against {first.Sql.Count}");
        Assert.Equal(MainOf(first.Page), MainOf(second.Page));

        var english = await ViewAsync(reviewer, url + "&culture=en-US");
        Assert.StartsWith("Implementation of", english.Page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var sorted = await ViewAsync(reviewer, url + "&sort=missing&dir=desc");
        Assert.Equal("descending", sorted.Page.Document.QuerySelector("[data-testid=by-unit] th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Contains("data-sort=\"missing\"", sorted.Page.Document.QuerySelector("[data-testid=by-unit] th[aria-sort]")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_a_catalogue_change_or_another_scope_is_never_answered_with_a_kept_page()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var city = $"/Dashboard?period={periodId}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var before = await ViewAsync(reviewer, city);
        var catalogue = await factory.QueryAsync(db => db.CatalogueVersions.Select(v => v.Version).SingleAsync());

        await ReportEditor.SubmitFirstLineDoneAsync(await factory.ClientAsync(DemoAccounts.HangBacHead), periodId, "Phường hoàn thành các nhiệm vụ của quý.");
        var submitted = await ViewAsync(reviewer, city);
        Assert.Equal(Submitted(before.Page) + 1, Submitted(submitted.Page));
        Assert.Equal(catalogue, await factory.QueryAsync(db => db.CatalogueVersions.Select(v => v.Version).SingleAsync()));

        var taskId = int.Parse(submitted.Page.Document.QuerySelector("th[data-task]")!.GetAttribute("data-task")!, CultureInfo.InvariantCulture);
        await factory.QueryAsync(async db =>
        {
            var task = await db.DirectiveTasks.SingleAsync(t => t.Id == taskId);
            task.Update("Nhiệm vụ đã đổi tên", task.Wording, task.Addressee, task.DueOn);
            return await db.SaveChangesAsync();
        });
        var renamed = await ViewAsync(reviewer, city);
        Assert.Equal("Nhiệm vụ đã đổi tên", renamed.Page.Document.QuerySelector($"th[data-task='{taskId}']")!.GetAttribute("title"));

        var district = $"/Dashboard?period={periodId}&unit={await factory.UnitIdAsync("HN-HK")}";
        var fromTheCity = await ViewAsync(reviewer, district);
        var fromTheDistrict = await ViewAsync(await factory.ClientAsync(DemoAccounts.HoanKiemReviewer), district);
        Assert.Equal(2, fromTheCity.Page.Document.QuerySelectorAll("[data-testid=breadcrumb] li").Length);
        Assert.Single(fromTheDistrict.Page.Document.QuerySelectorAll("[data-testid=breadcrumb] li"));
    }

    [Fact]
    public async Task A_directive_retitled_or_a_period_added_since_a_view_shows_in_it_though_no_fact_of_its_periods_changed()
    {
        var url = $"/Dashboard?period={await factory.CurrentPeriodIdAsync()}&unit={await factory.UnitIdAsync("HN-BD")}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        await ViewAsync(reviewer, url);
        var versions = () => factory.QueryAsync(db => db.FactVersions.OrderBy(v => v.PeriodId).Select(v => v.Version).ToListAsync());
        var before = await versions();

        var added = await factory.QueryAsync(async db =>
        {
            var directive = await db.Directives.OrderBy(d => d.Id).FirstAsync();
            directive.Update(directive.Code, "Chỉ thị đã đổi tên", directive.IssuingBody, directive.IssuedOn, directive.Summary, directive.FullText);
            var period = ReportingPeriod.Annual(2031);
            db.Periods.Add(period);
            await db.SaveChangesAsync();
            return period.Id;
        });

        var after = await ViewAsync(reviewer, url);
        Assert.Equal(before, (await versions()).Take(before.Count));
        Assert.StartsWith("Chỉ thị đã đổi tên", after.Page.Document.QuerySelector("main h1 + p")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.Page.Document.QuerySelector($"select#period option[value='{added}']"));
    }

    [Fact]
    public async Task Only_a_change_to_the_catalogue_raises_its_version_and_without_its_row_nothing_is_kept()
    {
        var version = () => factory.QueryAsync(db => db.CatalogueVersions.Select(v => v.Version).SingleAsync());
        var start = await version();
        await factory.QueryAsync(async db =>
        {
            (await db.Agencies.SingleAsync(a => a.Code == ReportEditor.HangBac)).ChangeHead("Nguyễn Văn Mới");
            return await db.SaveChangesAsync();
        });
        Assert.Equal(start + 1, await version());
        await factory.QueryAsync(async db =>
        {
            db.PortalSettings.Add(PortalSetting.Create("Test.Setting", "1", DateTime.UnixEpoch));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(start + 1, await version());

        var url = $"/Dashboard?period={await factory.CurrentPeriodIdAsync()}&unit={await factory.UnitIdAsync("HN-BD")}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        await factory.QueryAsync(db => db.CatalogueVersions.ExecuteDeleteAsync());
        try
        {
            await ViewAsync(reviewer, url);
            Assert.Contains((await ViewAsync(reviewer, url)).Sql, t => FigureTables.Any(t.Contains));
        }
        finally
        {
            await factory.QueryAsync(db => db.Database.ExecuteSqlAsync($"INSERT INTO \"CatalogueVersions\" (\"Id\", \"Version\") VALUES ({CatalogueVersion.Row}, {start + 1})"));
        }
    }

    private static string MainOf(HtmlPage page) => page.Document.QuerySelector("main")!.InnerHtml;

    private static int Submitted(HtmlPage page) =>
        int.Parse(page.Document.QuerySelector("[data-testid=figure-submitted]")!.TextContent, CultureInfo.InvariantCulture);

    private async Task<(HtmlPage Page, List<string> Sql)> ViewAsync(HttpClient client, string url)
    {
        factory.Counter.Reset();
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (page, factory.Counter.Texts.ToList());
    }

    /// <summary>The portal as it runs: rendered dashboards kept.</summary>
    public sealed class PageKeepingFactory : CountingFactory
    {
        protected override bool KeepsPages => true;
    }
}
