using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The main pages of each role pass axe-core's WCAG 2.1 A and AA rules in Chromium: labels, names, contrast, landmarks,
/// language; the ward head's notifications are checked with an unread reminder in them. A failure lists each rule with
/// the elements it found.
/// </summary>
public sealed class AccessibilityTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [BrowserFact]
    public async Task Sign_in_page_is_accessible()
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        Assert.Empty(await ViolationsAsync(page));
        await context.CloseAsync();
    }

    [BrowserFact]
    public async Task Ward_heads_pages_are_accessible()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.HangBacHead);
        var found = await ViolationsAsync(page);
        await page.GotoAsync("/Reports");
        found.AddRange(await ViolationsAsync(page));
        await page.GetByTestId("reports").GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        found.AddRange(await ViolationsAsync(page));
        await portal.RunRemindersAsync();
        await page.GotoAsync("/Notifications");
        await Assertions.Expect(page.Locator("[data-notification][data-read=false]")).Not.ToHaveCountAsync(0);
        found.AddRange(await ViolationsAsync(page));

        Assert.Empty(found);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Reviewers_pages_are_accessible()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.HoanKiemReviewer);
        await page.GotoAsync("/Review");
        var found = await ViolationsAsync(page);
        await page.GetByTestId("review-queue").Locator("tr[data-report] a").First.ClickAsync();
        found.AddRange(await ViolationsAsync(page));
        await page.GotoAsync("/Dashboard");
        found.AddRange(await ViolationsAsync(page));
        await page.GotoAsync("/Dashboard/Report");
        found.AddRange(await ViolationsAsync(page));

        Assert.Empty(found);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task City_and_administrator_pages_are_accessible()
    {
        var page = await portal.SignedInPageAsync(DemoAccounts.Admin);
        var found = new List<string>();
        foreach (var url in new[] { "/Directives", "/Agencies", "/Admin", "/Admin/Users", "/Admin/Units", "/Admin/Units/DissolveLevel", "/Admin/Units/Merge?parent=1", "/Admin/Agencies", "/Admin/Periods", "/Admin/Periods/Create", "/Admin/Assignments", "/Admin/Directives", "/Admin/Directives/Create" })
        {
            await page.GotoAsync(url);
            found.AddRange(await ViolationsAsync(page));
        }

        await page.GotoAsync("/Directives");
        await page.GetByRole(AriaRole.Link, new() { Name = "07-CT/TU", Exact = true }).ClickAsync();
        found.AddRange(await ViolationsAsync(page));
        await page.GotoAsync("/Admin/Assignments");
        var taskId = await page.Locator("select#task option").First.GetAttributeAsync("value");
        await page.GotoAsync($"/Admin/Assignments?task={taskId}");
        found.AddRange(await ViolationsAsync(page));
        await page.GotoAsync($"/Admin/Directives/Task/{taskId}");
        found.AddRange(await ViolationsAsync(page));
        await page.GotoAsync("/Admin/Directives");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        found.AddRange(await ViolationsAsync(page));

        Assert.Empty(found);
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(Wcag);
        var path = new Uri(page.Url).PathAndQuery;
        return results.Violations
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }
}
