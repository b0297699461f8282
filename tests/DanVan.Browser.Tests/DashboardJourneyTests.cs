using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The city reviewer's dashboard in Chromium: charts drawn by Chart.js, drill-down to a district with its breadcrumb, and
/// the screenshots of both views (PNG) that docs/screenshots holds. Screenshots go to the folder named by the
/// DANVAN_SCREENSHOTS environment variable, otherwise to a temporary folder; to refresh the committed ones, from the
/// repository root: <c>DANVAN_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/DanVan.Browser.Tests</c>.
/// </summary>
public sealed class DashboardJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

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
        await Screenshot(page, "city-dashboard.png");

        await page.GetByTestId("by-unit").GetByRole(AriaRole.Link, new() { Name = "Quận Hoàn Kiếm", Exact = true }).ClickAsync();
        var breadcrumb = page.GetByTestId("breadcrumb");
        await Assertions.Expect(breadcrumb).ToContainTextAsync("Thành phố Hà Nội");
        await Assertions.Expect(breadcrumb).ToContainTextAsync("Quận Hoàn Kiếm");
        Assert.Contains("unit=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("matrix")).ToContainTextAsync("Phường Hàng Bạc");
        await Assertions.Expect(page.GetByTestId("matrix")).Not.ToContainTextAsync("Ba Đình");
        await Screenshot(page, "district-drill-down.png");

        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("DANVAN_SCREENSHOTS") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetTempPath(), "danvan-screenshots");
        Directory.CreateDirectory(folder);
        var bytes = await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true, Type = ScreenshotType.Png });
        Assert.Equal(PngSignature, bytes.Take(PngSignature.Length));
        Assert.True(bytes.Length > 20_000, $"The screenshot {name} is only {bytes.Length} bytes.");
    }
}
