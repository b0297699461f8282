using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The screenshots under docs/screenshots of each role's main pages, on a laptop and a phone, in Vietnamese and English
/// (see <see cref="Screenshots"/> for the command that refreshes them). Each is taken after the page is complete, and
/// the test fails if a page answers with an error or scrolls sideways.
/// </summary>
public sealed class ScreenshotGalleryTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    public static TheoryData<string, string, string, int, string> Shots() => new()
    {
        { "head-home", DemoAccounts.HangBacHead, "/", 1280, "vi" },
        { "head-report-form", DemoAccounts.HangBacHead, "report-form", 1280, "vi" },
        { "head-report-form-phone", DemoAccounts.HangBacHead, "report-form", 390, "vi" },
        { "reviewer-queue", DemoAccounts.CityReviewer, "/Review", 1280, "vi" },
        { "reviewer-report", DemoAccounts.CityReviewer, "review-report", 1280, "vi" },
        { "reviewer-home-phone", DemoAccounts.CityReviewer, "/", 390, "vi" },
        { "dashboard-phone", DemoAccounts.HoanKiemReviewer, "/Dashboard", 390, "vi" },
        { "consolidated-report-form", DemoAccounts.CityReviewer, "/Dashboard/Report", 1280, "vi" },
        { "search", DemoAccounts.CityReviewer, "/Search?q=hang%20bac", 1280, "vi" },
        { "admin-users", DemoAccounts.Admin, "/Admin/Users", 1280, "vi" },
        { "dashboard-en", DemoAccounts.CityReviewer, "/Dashboard", 1280, "en" },
        { "head-report-form-en", DemoAccounts.HangBacHead, "report-form", 1280, "en" },
    };

    [BrowserTheory]
    [MemberData(nameof(Shots))]
    public async Task Main_pages_are_captured_for_the_documentation(string name, string account, string target, int width, string language)
    {
        var page = await portal.SignedInPageAsync(account, new ViewportSize { Width = width, Height = width < 600 ? 844 : 800 }, language);
        switch (target)
        {
            case "report-form":
                await page.GotoAsync("/Reports");
                await page.Locator("a[href^='/Reports/Edit/']").First.ClickAsync();
                break;
            case "review-report":
                await page.GotoAsync("/Review");
                await page.Locator("a[href^='/Review/Report/']").First.ClickAsync();
                break;
            default:
                var response = await page.GotoAsync(target);
                Assert.True(response?.Ok, $"{target} answered {response?.Status}");
                break;
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways.");
        await Screenshots.SaveAsync(page, $"{name}.png");
        await page.Context.CloseAsync();
    }
}
