using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The header's search at the three widths: in the collapsed menu on a phone, through its button on a laptop (where the
/// menu leaves no room for a box), typed in the header on a wide screen; "hang bac" typed without diacritics finds the ward.
/// </summary>
public sealed class SearchJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task A_phone_user_searches_from_the_collapsed_menu()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.CityReviewer, new ViewportSize { Width = 390, Height = 844 });

        await CollapsedMenu.OpenAsync(page);
        await page.GetByTestId("header-search").FillAsync("hang bac");
        await page.GetByTestId("header-search").PressAsync("Enter");

        await AssertFoundHangBacAsync(page);
    }

    [BrowserFact]
    public async Task A_laptop_user_opens_the_search_page_from_the_header_button()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.CityReviewer, new ViewportSize { Width = 1280, Height = 800 });

        Assert.False(await page.GetByTestId("header-search").IsVisibleAsync());
        await page.Locator("header form[role=search] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Search", StringComparison.Ordinal));
        await page.GetByTestId("search-input").FillAsync("hang bac");
        await page.GetByTestId("search-input").PressAsync("Enter");

        await AssertFoundHangBacAsync(page);
    }

    [BrowserFact]
    public async Task A_wide_screen_user_types_in_the_header()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.CityReviewer, new ViewportSize { Width = 1440, Height = 900 });

        await page.GetByTestId("header-search").FillAsync("HÀNG BẠC");
        await page.GetByTestId("header-search").PressAsync("Enter");

        await AssertFoundHangBacAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    private static async Task AssertFoundHangBacAsync(IPage page)
    {
        await page.GetByTestId("search-group-Units").WaitForAsync();
        Assert.Contains("Hàng Bạc", await page.GetByTestId("search-group-Units").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByTestId("search-group-Agencies").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Agencies/Details/", StringComparison.Ordinal));
    }
}
