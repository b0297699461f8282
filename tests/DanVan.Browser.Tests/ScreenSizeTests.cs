using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// Every main page of every role, in Vietnamese and in English, fits a 390 px phone, a 1024 px tablet and a 1280 px
/// laptop: nothing scrolls sideways (wide tables scroll inside their own box) and the navigation bar is never clipped.
/// The matrix's status colours reach its cells, and the bell is drawn as SVG, not as an emoji that Debian's Chromium
/// shows as a box.
/// </summary>
public sealed class ScreenSizeTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly ViewportSize[] Widths = [new() { Width = 390, Height = 844 }, new() { Width = 1024, Height = 768 }, new() { Width = 1280, Height = 800 }];

    public static TheoryData<string, string, string> MainPages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (account, paths) in Pages)
        {
            data.Add(account, paths, "vi");
            data.Add(account, paths, "en");
        }

        return data;
    }

    private static readonly (string Account, string Paths)[] Pages =
    [
        (DemoAccounts.Admin, "/,/Reports,/Dashboard,/Directives,/Agencies,/Admin,/Admin/Users,/Admin/Units,/Admin/Audit,/Notifications,/Search?q=duong%20van"),
        (DemoAccounts.CityReviewer, "/,/Review,/Dashboard,/Dashboard/Report,/Reports,/Agencies,/Search?q=doi%20thoai"),
        (DemoAccounts.HoanKiemReviewer, "/,/Review,/Dashboard,/Reports"),
        (DemoAccounts.HangBacHead, "/,/Reports,/Notifications,/Directives/Details/1"),
        (DemoAccounts.CityViewer, "/,/Dashboard,/Reports,/Agencies"),
    ];

    [BrowserTheory]
    [MemberData(nameof(MainPages))]
    public async Task No_main_page_scrolls_sideways_on_a_phone_a_tablet_or_a_laptop(string account, string paths, string language)
    {
        var wide = new List<string>();
        foreach (var size in Widths)
        {
            var page = await portal.SignedInPageAsync(account, size, language);
            foreach (var path in paths.Split(','))
            {
                var response = await page.GotoAsync(path);
                Assert.True(response?.Ok, $"{path} answered {response?.Status}");
                var (scroll, inner) = await WidthsAsync(page);
                if (scroll > inner)
                {
                    wide.Add($"{path} at {size.Width} px in {language} is {scroll} px wide ({await WidestAsync(page)})");
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.Empty(wide);
    }

    [BrowserFact]
    public async Task The_navigation_bar_collapses_on_a_phone_and_opens_to_every_link()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.Admin, Widths[0]);
        var administration = page.GetByRole(AriaRole.Link, new() { Name = "Quản trị", Exact = true });
        await Assertions.Expect(administration).Not.ToBeVisibleAsync();
        await CollapsedMenu.OpenAsync(page);
        await Assertions.Expect(administration).ToBeVisibleAsync();
        await page.GetByTestId("account-menu").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Matrix_cells_show_their_status_colour_and_an_icon()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.HoanKiemReviewer);
        await page.GotoAsync("/Dashboard");
        var cells = page.GetByTestId("matrix").Locator("td[data-status]");
        await Assertions.Expect(cells.First).ToBeVisibleAsync();
        var painted = await cells.EvaluateAllAsync<string[]>(
            "cells => cells.map(c => c.dataset.status + '=' + getComputedStyle(c).backgroundColor + (c.querySelector('svg') ? '+icon' : ''))");
        Assert.NotEmpty(painted);
        Assert.All(painted, p => Assert.EndsWith("+icon", p, StringComparison.Ordinal));
        Assert.DoesNotContain(painted, p => p.Contains("rgb(255, 255, 255)", StringComparison.Ordinal) || p.Contains("rgba(0, 0, 0, 0)", StringComparison.Ordinal));
        Assert.Contains(painted, p => p.StartsWith("none=rgb(233, 236, 239)", StringComparison.Ordinal) || p.StartsWith("InProgress=rgb(165, 216, 255)", StringComparison.Ordinal)
            || p.StartsWith("DoneOnTime=rgb(178, 242, 187)", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_bell_is_an_svg_icon()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.HangBacHead);
        var bell = page.GetByTestId("notification-bell");
        await Assertions.Expect(bell.Locator("svg")).ToHaveCountAsync(1);
        Assert.DoesNotContain("\U0001F514", await bell.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>The innermost elements that reach past the window, to name the culprit in the failure message.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
            .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join('; ')
        """);

    private static async Task<(int Scroll, int Inner)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
