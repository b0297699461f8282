using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The reporting journey as officials click it: the Phúc Xá ward head drafts and submits the current quarter's report,
/// the Ba Đình reviewer returns it with a comment, the head corrects and resubmits it, the reviewer accepts it.
/// </summary>
public sealed class ReportingJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task Draft_submit_return_resubmit_accept()
    {
        var head = await portal.SignedInPageAsync(DemoAccounts.PhucXaHead);
        await head.GetByRole(AriaRole.Link, new() { Name = "Báo cáo", Exact = true }).First.ClickAsync();
        await head.GetByTestId("start-report").First.ClickAsync();
        await FillEveryLineAsync(head, "Tổ chức 2 hội nghị đối thoại với Nhân dân về trật tự đô thị.");
        await head.GetByTestId("save").ClickAsync();
        await Assertions.Expect(head.Locator("[role=status]")).ToContainTextAsync("Đã lưu bản nháp báo cáo.");
        await head.GetByTestId("submit").ClickAsync();
        await ConfirmAsync(head, "Gửi báo cáo Quý IV/2026");
        await Assertions.Expect(head.GetByTestId("report-status")).ToHaveTextAsync("Đã gửi, chờ thẩm định");
        var reportUrl = head.Url;

        var reviewer = await portal.SignedInPageAsync(DemoAccounts.BaDinhReviewer);
        await OpenFromQueueAsync(reviewer);
        await reviewer.GetByLabel("Ý kiến chung").FillAsync("Đề nghị bổ sung số liệu cụ thể về số buổi đối thoại.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Trả lại cơ quan, đơn vị" }).ClickAsync();
        await ConfirmAsync(reviewer, "Trả lại báo cáo Quý IV/2026");
        await Assertions.Expect(reviewer.Locator("[role=status]")).ToContainTextAsync("trả lại");

        await head.GotoAsync("/");
        await Assertions.Expect(head.GetByTestId("notification-count")).ToBeVisibleAsync();
        await head.GotoAsync(reportUrl);
        await Assertions.Expect(head.GetByTestId("report-status")).ToHaveTextAsync("Bị trả lại");
        await Assertions.Expect(head.Locator("body")).ToContainTextAsync("Đề nghị bổ sung số liệu cụ thể");
        await head.GetByRole(AriaRole.Link, new() { Name = "Báo cáo", Exact = true }).First.ClickAsync();
        await head.GetByTestId("reports").GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        await FillEveryLineAsync(head, "Tổ chức 3 hội nghị đối thoại (ngày 05/10, 19/10 và 02/11) với 420 lượt người dân tham dự.");
        await head.GetByTestId("submit").ClickAsync();
        await ConfirmAsync(head, "Gửi báo cáo Quý IV/2026");
        await Assertions.Expect(head.GetByTestId("report-status")).ToHaveTextAsync("Đã gửi, chờ thẩm định");

        await OpenFromQueueAsync(reviewer);
        await Assertions.Expect(reviewer.GetByTestId("current-report")).ToContainTextAsync("420 lượt người dân");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("[role=status]")).ToContainTextAsync("chấp nhận");

        await head.GotoAsync(reportUrl);
        await Assertions.Expect(head.GetByTestId("report-status")).ToHaveTextAsync("Đã chấp nhận");
        await head.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Unsaved_typing_is_offered_back_after_a_reload_and_forgotten_once_saved()
    {
        const string typed = "Nội dung chưa lưu – mất kết nối";
        var page = await portal.SignedInPageAsync(DemoAccounts.HangBacStaff);
        await page.GotoAsync("/Reports");
        await page.GetByTestId("reports").GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        var results = page.Locator("textarea[name='Input.Lines[0].Results']");
        await Assertions.Expect(page.Locator("#draft-restore")).ToBeHiddenAsync();
        await results.FillAsync(typed);
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('danvan:report:'))");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#draft-restore")).ToBeVisibleAsync();
        Assert.NotEqual(typed, await results.InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).ClickAsync();
        Assert.Equal(typed, await results.InputValueAsync());

        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã lưu bản nháp báo cáo.");
        await page.WaitForLoadStateAsync();
        Assert.Equal(typed, await results.InputValueAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>("() => Object.keys(localStorage).filter(k => k.startsWith('danvan:report:'))"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#draft-restore")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Checks that the confirmation dialog names the action, then confirms it.</summary>
    internal static async Task ConfirmAsync(IPage page, string names)
    {
        var dialog = page.GetByTestId("confirm-dialog");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync(names);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true }).ClickAsync();
    }

    internal static async Task FillEveryLineAsync(IPage page, string results)
    {
        var lines = await page.Locator("select[name$='.Progress']").CountAsync();
        Assert.True(lines > 0, "The report form has no task line.");
        for (var i = 0; i < lines; i++)
        {
            await page.Locator($"select[name='Input.Lines[{i}].Progress']").SelectOptionAsync("InProgress");
            await page.Locator($"input[name='Input.Lines[{i}].Percent']").FillAsync("60");
            await page.Locator($"textarea[name='Input.Lines[{i}].Results']").FillAsync(results);
        }
    }

    private static async Task OpenFromQueueAsync(IPage reviewer)
    {
        await reviewer.GotoAsync("/Review");
        var row = reviewer.GetByTestId("review-queue").Locator("tr[data-report]")
            .Filter(new() { HasText = "Quý IV/2026" })
            .Filter(new() { HasText = "Phúc Xá" });
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(reviewer.Locator("h1")).ToContainTextAsync("Phúc Xá");
    }
}
