using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Exports;

/// <summary>Who may produce the consolidated report, for what, and what the form offers them.</summary>
public sealed class ConsolidatedReportFormTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Theory]
    [InlineData("unit", "HN-BD")]
    [InlineData("unit", "HN-BD-PX")]
    [InlineData("unit", "HN")]
    [InlineData("issuer", "HN-BD-UBND")]
    [InlineData("issuer", "HN-BCSD")]
    public async Task A_unit_or_issuer_outside_the_scope_is_not_found(string parameter, string code)
    {
        var id = parameter == "unit" ? await factory.UnitIdAsync(code) : await factory.AgencyIdAsync(code);
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var download = await client.GetAsync($"/Dashboard/Report?handler=Download&{parameter}={id}");
        var form = await client.GetAsync($"/Dashboard/Report?{parameter}={id}");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.NotEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dashboard_links_to_the_form_for_the_unit_and_period_it_shows()
    {
        var hoanKiem = await factory.UnitIdAsync("HN-HK");
        var period = await factory.PeriodIdAsync(2026, 3);
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var dashboard = await HtmlPage.GetAsync(client, $"/Dashboard?unit={hoanKiem}&period={period}");

        var href = dashboard.Document.QuerySelector("[data-testid=consolidated-report-link] a")!.GetAttribute("href")!;
        var form = await HtmlPage.GetAsync(client, href);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(hoanKiem.ToString(CultureInfo.InvariantCulture), form.Document.QuerySelector("select[name=Unit] option[selected]")?.GetAttribute("value"));
        Assert.Equal(period.ToString(CultureInfo.InvariantCulture), form.Document.QuerySelector("select[name=Period] option[selected]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData(DemoAccounts.HangBacHead)]
    [InlineData(DemoAccounts.HoanKiemStaff)]
    [InlineData(DemoAccounts.CityHead)]
    [InlineData(DemoAccounts.CityStaff)]
    public async Task Agency_heads_and_staff_may_not_produce_the_report(string account)
    {
        var client = await factory.ClientAsync(account);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Dashboard/Report")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Dashboard/Report?handler=Download")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_period_is_a_message_on_the_form_not_a_file()
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), "/Dashboard/Report?handler=Download&period=999999");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Chọn một kỳ báo cáo trong danh sách.", page.Document.QuerySelector("[data-valmsg-for=Period]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.CityReviewer, "HN", "HN-BCSD", "Văn bản của Đảng")]
    [InlineData(DemoAccounts.CityViewer, "HN", "HN-BCSD", "Văn bản của Đảng")]
    [InlineData(DemoAccounts.HoanKiemReviewer, "HN-HK", "HN-HK-UBND", "Văn bản hành chính nhà nước")]
    [InlineData(DemoAccounts.HoanKiemViewer, "HN-HK", "HN-HK-QU", "Văn bản của Đảng")]
    public async Task The_form_starts_from_the_users_unit_the_default_issuer_and_the_latest_quarter_past_its_due_date(string account, string unitCode, string issuerCode, string format)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), "/Dashboard/Report");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = page.Document.QuerySelector("[data-testid=report-form]")!;
        foreach (var field in new[] { "Directive", "Period", "Unit", "Issuer" })
        {
            Assert.NotNull(form.QuerySelector($"label[for={field}]"));
        }

        Assert.Equal(await factory.UnitIdAsync(unitCode), Selected(form, "Unit"));
        Assert.Equal(await factory.AgencyIdAsync(issuerCode), Selected(form, "Issuer"));
        Assert.Equal(await factory.PeriodIdAsync(2026, 3), Selected(form, "Period"));
        Assert.Contains(format, page.Document.QuerySelector("[data-testid=format]")!.TextContent, StringComparison.Ordinal);
        var units = form.QuerySelectorAll("#Unit option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(unitCode == "HN", units.Contains("Quận Ba Đình"));
    }

    private static int Selected(AngleSharp.Dom.IElement form, string field) =>
        int.Parse(form.QuerySelector($"#{field} option[selected]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
}
