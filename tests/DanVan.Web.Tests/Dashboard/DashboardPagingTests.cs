using DanVan.Data.Seeding;
using DanVan.Web.Pages.Dashboard;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>With many units (Hanoi has 126 wards under the city) the table by unit, the matrix and the indicators by unit page; the figures do not.</summary>
public sealed class DashboardPagingTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Table_by_unit_and_matrix_show_thirty_rows_a_page_and_keep_the_totals()
    {
        await factory.GrowDistrictAsync("HN-CG", 40);
        var caugiay = await factory.UnitIdAsync("HN-CG");
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var first = await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard?unit={caugiay}&sort=name"));
        var second = await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard?unit={caugiay}&sort=name&up=2&mp=2"));

        var unitsFirst = Rows(first, "[data-testid=by-unit] tbody tr");
        var unitsSecond = Rows(second, "[data-testid=by-unit] tbody tr");
        Assert.Equal(IndexModel.RowsPerPage, unitsFirst.Count);
        const int rows = 40 + 3 + 1; // the new wards, Cầu Giấy's three demo wards and the row of its own agencies
        Assert.Equal(rows - IndexModel.RowsPerPage, unitsSecond.Count);
        Assert.Empty(unitsFirst.Intersect(unitsSecond));
        Assert.NotNull(first.Document.QuerySelector("[data-testid=by-unit-pager] a[href*='up=2']"));
        var matrixFirst = Rows(first, "[data-testid=matrix] tbody tr");
        var matrixSecond = Rows(second, "[data-testid=matrix] tbody tr");
        Assert.Equal(IndexModel.RowsPerPage, matrixFirst.Count);
        Assert.NotEmpty(matrixSecond);
        Assert.Empty(matrixFirst.Intersect(matrixSecond));
        Assert.NotNull(first.Document.QuerySelector("[data-testid=matrix-pager]"));
        Assert.Equal(IndexModel.RowsPerPage + 1, first.Document.QuerySelectorAll("[data-testid=indicators] tbody tr").Length);
        Assert.NotNull(first.Document.QuerySelector("[data-testid=indicators-pager]"));
        Assert.Equal(
            first.Document.QuerySelector("[data-testid=indicators] tr[data-unit=total]")!.TextContent,
            (await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard?unit={caugiay}&ip=2"))).Document.QuerySelector("[data-testid=indicators] tr[data-unit=total]")!.TextContent);
        Assert.Equal(Figure(first, "expected"), Figure(second, "expected"));
        Assert.Equal(Figure(first, "submitted"), Figure(second, "submitted"));
    }

    [Fact]
    public async Task A_page_number_beyond_the_last_shows_the_last_page()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var page = await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync("/Dashboard?up=99&mp=-3"));

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(Rows(page, "[data-testid=by-unit] tbody tr"));
        Assert.NotEmpty(Rows(page, "[data-testid=matrix] tbody tr"));
    }

    private static List<string> Rows(HtmlPage page, string selector) =>
        page.Document.QuerySelectorAll(selector).Select(tr => tr.QuerySelector("th")!.TextContent.Trim()).ToList();

    private static string Figure(HtmlPage page, string key) => page.Document.QuerySelector($"[data-testid=figure-{key}]")!.TextContent.Trim();
}
