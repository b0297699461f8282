using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>Who may see the dashboard, how far they may drill, and that the URL carries the whole view.</summary>
public sealed class DashboardScopeTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task District_reviewer_sees_nothing_of_another_district_in_figures_or_matrix()
    {
        var ownAgencies = await IdsAsync(db => db.Agencies.Where(a => a.Unit!.Code == "HN-HK" && db.Assignments.Any(s => s.AgencyId == a.Id)).Select(a => a.Id));
        var wards = await IdsAsync(db => db.Units.Where(u => u.Parent!.Code == "HN-HK").Select(u => u.Id));
        var expected = await factory.QueryAsync(db => db.Agencies.CountAsync(a => a.IsActive && a.Code.StartsWith("HN-HK") && db.Assignments.Any(s => s.AgencyId == a.Id)));

        var page = await GetAsync(DemoAccounts.HoanKiemReviewer, "/Dashboard");

        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.Document.QuerySelector("[data-testid=figure-expected]")!.TextContent);
        Assert.Equal(ownAgencies, Ids(page, "[data-testid=matrix] tr[data-row-agency]", "data-row-agency"));
        Assert.Equal(wards, Ids(page, "[data-testid=matrix] tr[data-row-unit]", "data-row-unit"));
        Assert.Equal(wards, Ids(page, "[data-testid=by-unit] tr[data-unit]:not([data-unit=own])", "data-unit"));
        Assert.Null(page.Document.QuerySelector("[data-testid=by-level] tr[data-level=City]"));
        var main = page.Document.QuerySelector("main")!.TextContent;
        foreach (var outside in new[] { "Ba Đình", "Cầu Giấy", "Phúc Xá", "Sở ", "Thành ủy", "Thành phố Hà Nội" })
        {
            Assert.DoesNotContain(outside, main, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("unit", "HN-BD")]
    [InlineData("unit", "HN-BD-PX")]
    [InlineData("unit", "HN")]
    [InlineData("agency", "HN-BD-PX-UBND")]
    [InlineData("agency", "HN-SNV")]
    public async Task District_reviewer_cannot_drill_outside_their_district(string parameter, string code)
    {
        var id = parameter == "unit" ? await factory.UnitIdAsync(code) : await factory.AgencyIdAsync(code);
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var response = await client.GetAsync($"/Dashboard?{parameter}={id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"matrix\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.HoanKiemStaff, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.HangBacHead, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.CityStaff, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.HoanKiemViewer, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.BaDinhReviewer, HttpStatusCode.OK)]
    public async Task Only_reviewers_administrators_and_viewers_open_the_dashboard(string account, HttpStatusCode expected)
    {
        var client = await factory.ClientAsync(account);

        var response = await client.GetAsync("/Dashboard");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_filters_round_trip_through_the_url_and_every_link_keeps_them()
    {
        var period = await factory.PeriodIdAsync(2026, 3);
        var directive = await factory.QueryAsync(db => db.Directives.Where(d => d.Code == DirectiveSeed.DirectiveCode).Select(d => d.Id).SingleAsync());
        var hoanKiem = await factory.UnitIdAsync("HN-HK");
        var hangBac = await factory.UnitIdAsync("HN-HK-HB");
        var query = $"directive={directive}&period={period}&level=Ward&kind=PeoplesCommittee&unit={hoanKiem}";

        var page = await GetAsync(DemoAccounts.CityReviewer, $"/Dashboard?{query}&sort=rate&dir=desc");

        var form = page.Document.QuerySelector("[data-testid=filters]")!;
        Assert.Equal(directive.ToString(CultureInfo.InvariantCulture), form.QuerySelector("#directive option[selected]")!.GetAttribute("value"));
        Assert.Equal(period.ToString(CultureInfo.InvariantCulture), form.QuerySelector("#period option[selected]")!.GetAttribute("value"));
        Assert.Equal("Ward", form.QuerySelector("#level option[selected]")!.GetAttribute("value"));
        Assert.Equal("PeoplesCommittee", form.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
        Assert.Equal(hoanKiem.ToString(CultureInfo.InvariantCulture), form.QuerySelector("input[name=unit]")!.GetAttribute("value"));
        var sortLink = page.Document.QuerySelector("[data-testid=by-unit] a[data-sort=rate]")!.GetAttribute("href")!;
        Assert.Equal($"/Dashboard?{query}&sort=rate", sortLink);
        var drill = page.Document.QuerySelector($"[data-testid=by-unit] tr[data-unit='{hangBac}'] a")!.GetAttribute("href")!;
        Assert.Equal($"/Dashboard?directive={directive}&period={period}&level=Ward&kind=PeoplesCommittee&unit={hangBac}&sort=rate&dir=desc", drill);
        var rates = page.Document.QuerySelectorAll("[data-testid=by-unit] tbody [data-col=rate]").Select(td => double.Parse(td.TextContent.TrimEnd(' ', '%'), CultureInfo.GetCultureInfo("vi-VN"))).ToList();
        Assert.Equal(rates.OrderDescending(), rates);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=matrix] tr[data-row-agency]"));

        var followed = await GetAsync(DemoAccounts.CityReviewer, drill);
        Assert.Equal("Ward", followed.Document.QuerySelector("#level option[selected]")!.GetAttribute("value"));
        Assert.Equal(hangBac.ToString(CultureInfo.InvariantCulture), followed.Document.QuerySelector("[data-testid=filters] input[name=unit]")!.GetAttribute("value"));
    }

    private async Task<HtmlPage> GetAsync(string account, string url)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private Task<SortedSet<int>> IdsAsync(Func<DanVan.Data.DanVanDbContext, IQueryable<int>> query) =>
        factory.QueryAsync(async db => new SortedSet<int>(await query(db).ToListAsync()));

    private static SortedSet<int> Ids(HtmlPage page, string selector, string attribute) =>
        new(page.Document.QuerySelectorAll(selector).Select(e => int.Parse(e.GetAttribute(attribute)!, CultureInfo.InvariantCulture)));
}
