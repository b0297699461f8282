using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The city reviewer's dashboard in Chromium: charts drawn by Chart.js, drill-down to a district with its breadcrumb, and
/// the screenshots of both views (PNG) that docs/screenshots holds (see <see cref="Screenshots"/> for the command that
/// refreshes them).
/// </summary>
public sealed class DashboardJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task City_dashboard_draws_its_charts_and_drills_down_to_a_district()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.CityReviewer);
        await page.SetViewportSizeAsync(1366, 900);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GetByRole(AriaRole.Link, new() { Name = "Tổng hợp", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("breadcrumb")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\s*Thành phố Hà Nội\\s*$"));
        await Assertions.Expect(page.GetByTestId("figure-expected")).Not.ToHaveTextAsync("0");
        await page.WaitForFunctionAsync("() => typeof window.Chart === 'function' && window.Chart.getChart(document.querySelector('canvas[data-chart=rates]')) !== undefined");
        await Screenshots.SaveAsync(page, "city-dashboard.png");

        await page.GetByTestId("by-unit").GetByRole(AriaRole.Link, new() { Name = "Quận Hoàn Kiếm", Exact = true }).ClickAsync();
        var breadcrumb = page.GetByTestId("breadcrumb");
        await Assertions.Expect(breadcrumb).ToContainTextAsync("Thành phố Hà Nội");
        await Assertions.Expect(breadcrumb).ToContainTextAsync("Quận Hoàn Kiếm");
        Assert.Contains("unit=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("matrix")).ToContainTextAsync("Phường Hàng Bạc");
        await Assertions.Expect(page.GetByTestId("matrix")).Not.ToContainTextAsync("Ba Đình");
        await Screenshots.SaveAsync(page, "district-drill-down.png");

        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
