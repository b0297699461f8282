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
}
