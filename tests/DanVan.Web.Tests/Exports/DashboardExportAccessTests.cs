using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Exports;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Exports;

/// <summary>Who may download the dashboard's export, and that it keeps to the scope and to the view of the page.</summary>
public sealed class DashboardExportAccessTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task District_reviewers_export_holds_nothing_of_another_district()
    {
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        using var file = await XlsxFile.DownloadAsync(client, "/Dashboard/Export");

        var text = string.Join('\n', file.SheetNames.Concat(file.AllCells.Select(c => XlsxFile.Text(c) ?? string.Empty)));
        Assert.Contains("Phường Hàng Bạc", text, StringComparison.Ordinal);
        foreach (var outside in new[] { "Ba Đình", "Cầu Giấy", "Phúc Xá", "Sở ", "Thành ủy", "Thành phố Hà Nội" })
        {
            Assert.DoesNotContain(outside, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("unit", "HN-BD")]
    [InlineData("unit", "HN")]
    [InlineData("agency", "HN-BD-PX-UBND")]
    [InlineData("agency", "HN-SNV")]
    public async Task District_reviewer_cannot_export_outside_their_district(string parameter, string code)
    {
        var id = parameter == "unit" ? await factory.UnitIdAsync(code) : await factory.AgencyIdAsync(code);
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var response = await client.GetAsync($"/Dashboard/Export?{parameter}={id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(SpreadsheetWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(DemoAccounts.CityHead, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.CityStaff, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.HangBacHead, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.HoanKiemStaff, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.HoanKiemViewer, HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Admin, HttpStatusCode.OK)]
    public async Task Only_those_who_see_the_dashboard_may_export_it(string account, HttpStatusCode expected)
    {
        var client = await factory.ClientAsync(account);

        var response = await client.GetAsync("/Dashboard/Export");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_user_is_sent_to_sign_in()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/Dashboard/Export");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboards_download_link_keeps_the_view()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var directive = await factory.QueryAsync(db => db.Directives.Where(d => d.Code == DirectiveSeed.DirectiveCode).Select(d => d.Id).SingleAsync());
        var query = $"directive={directive}&period={await factory.PeriodIdAsync(2026, 3)}&level=Ward&unit={await factory.UnitIdAsync("HN-HK")}&sort=missing&dir=desc";

        var page = await HtmlPage.GetAsync(client, $"/Dashboard?{query}");

        Assert.Equal($"/Dashboard/Export?{query}", page.Document.QuerySelector("[data-testid=export-xlsx]")!.GetAttribute("href"));
    }
}
