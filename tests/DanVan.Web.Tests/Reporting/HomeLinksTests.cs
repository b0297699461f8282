using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;

namespace DanVan.Web.Tests.Reporting;

/// <summary>The home page leads each role to what needs them, and every link it offers opens.</summary>
public sealed class HomeLinksTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Ward_head_is_led_to_the_current_report_and_not_to_pages_they_may_not_open()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);

        var home = await HtmlPage.GetAsync(client, "/");

        var edit = home.Document.QuerySelector("[data-testid=home-edit-report]")!.GetAttribute("href");
        Assert.Equal($"/Reports/Edit/{periodId}", edit);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(edit)).StatusCode);
        Assert.Null(home.Document.QuerySelector("[data-testid=home-dashboard]"));
        Assert.Null(home.Document.QuerySelector("[data-testid=home-review-queue]"));
    }

    [Fact]
    public async Task District_reviewer_opens_each_waiting_report_the_queue_and_the_dashboard_from_home()
    {
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var home = await HtmlPage.GetAsync(client, "/");

        var links = home.Document.QuerySelectorAll("section[aria-labelledby=awaiting] tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/Review/Report/", href, StringComparison.Ordinal));
        foreach (var href in links.Append(home.Document.QuerySelector("[data-testid=home-review-queue]")!.GetAttribute("href")!)
            .Append(home.Document.QuerySelector("[data-testid=home-dashboard]")!.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        }
    }

    [Fact]
    public async Task Viewer_sees_the_dashboard_link_but_no_report_to_edit()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacViewer);

        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Null(home.Document.QuerySelector("[data-testid=home-edit-report]"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(home.Document.QuerySelector("[data-testid=home-dashboard]")!.GetAttribute("href"))).StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.HangBacViewer, "Bạn theo dõi báo cáo")]
    [InlineData(DemoAccounts.CityViewer, "Bạn theo dõi báo cáo")]
    [InlineData(DemoAccounts.HoanKiemReviewer, "gửi báo cáo để bạn thẩm định")]
    public async Task Viewers_and_reviewers_home_shows_the_period_and_their_role_instead_of_a_report_they_do_not_write(string account, string roleText)
    {
        var client = await factory.ClientAsync(account);

        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Null(home.Document.QuerySelector("[data-testid=current-report-status]"));
        Assert.DoesNotContain("Báo cáo kỳ hiện tại của cơ quan, đơn vị bạn", home.Text, StringComparison.Ordinal);
        var period = home.Document.QuerySelector("[data-testid=current-period-info]")!;
        Assert.Contains("Quý IV/2026", period.TextContent, StringComparison.Ordinal);
        Assert.Contains(roleText, period.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(period.QuerySelector("[data-testid=home-reports]")!.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task Ward_heads_home_shows_their_agencys_report_and_no_period_card_for_others()
    {
        var home = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HangBacHead), "/");

        Assert.NotNull(home.Document.QuerySelector("[data-testid=current-report-status]"));
        Assert.Null(home.Document.QuerySelector("[data-testid=current-period-info]"));
    }
}
