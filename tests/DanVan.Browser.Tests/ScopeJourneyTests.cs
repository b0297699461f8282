using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>The newcomer's journey: sign in as a ward official, a district reviewer and a city reviewer, and see exactly their scope.</summary>
public sealed class ScopeJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task Ward_official_sees_only_their_ward()
    {
        var page = await portal.SignedInPageAsync("hangbac.head@danvan.local");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");
        await Assertions.Expect(page.GetByTestId("current-report-status")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Cơ quan, đơn vị", Exact = true }).First.ClickAsync();
        var tree = page.GetByTestId("unit-tree");
        await Assertions.Expect(tree).ToContainTextAsync("Phường Hàng Bạc");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Hàng Trống");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Ba Đình");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Sở Nội vụ");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task District_reviewer_sees_their_district_and_its_wards_and_what_awaits_review()
    {
        var page = await portal.SignedInPageAsync("hoankiem.reviewer@danvan.local");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo chờ bạn thẩm định" })).ToBeVisibleAsync();

        await page.GotoAsync("/Agencies");
        var tree = page.GetByTestId("unit-tree");
        await Assertions.Expect(tree).ToContainTextAsync("Quận Hoàn Kiếm");
        await Assertions.Expect(tree).ToContainTextAsync("Phường Hàng Bạc");
        await Assertions.Expect(tree).ToContainTextAsync("Phường Tràng Tiền");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Ba Đình");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Cầu Giấy");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task City_reviewer_sees_the_whole_city_and_reads_the_directive()
    {
        var page = await portal.SignedInPageAsync("thanhpho.reviewer@danvan.local");
        await page.GotoAsync("/Agencies");
        var tree = page.GetByTestId("unit-tree");
        await Assertions.Expect(tree).ToContainTextAsync("Thành phố Hà Nội");
        await Assertions.Expect(tree).ToContainTextAsync("Sở Nội vụ");

        await page.GetByRole(AriaRole.Link, new() { Name = "Chỉ thị", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "07-CT/TU", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Chỉ thị số 07-CT/TU");
        await Assertions.Expect(page.Locator("tr[data-task]")).ToHaveCountAsync(19);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Interface_switches_to_English_and_back()
    {
        var page = await portal.SignedInPageAsync("thanhpho.viewer@danvan.local");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByTestId("account-menu").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếng Việt" }).ClickAsync();
        await page.GetByTestId("account-menu").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
