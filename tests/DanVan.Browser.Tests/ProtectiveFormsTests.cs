using DanVan.Data.Seeding;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// Irreversible actions ask first, in a dialog that says what will happen (submitting a report, returning one, accepting
/// several at once), and a form with unsaved typing warns before the page is left.
/// </summary>
public sealed class ProtectiveFormsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [BrowserFact]
    public async Task Submitting_asks_first_and_cancelling_leaves_the_draft()
    {
        var head = await portal.SignedInPageAsync(DemoAccounts.PhucXaHead);
        await head.GotoAsync("/Reports");
        await head.GetByTestId("start-report").First.ClickAsync();
        await ReportingJourneyTests.FillEveryLineAsync(head, "Tổ chức 2 hội nghị đối thoại với Nhân dân.");
        await head.GetByTestId("save").ClickAsync();
        await Assertions.Expect(head.Locator("[role=status]")).ToContainTextAsync("Đã lưu bản nháp báo cáo.");

        await head.GetByTestId("submit").ClickAsync();
        var dialog = head.GetByTestId("confirm-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Gửi báo cáo Quý IV/2026 của");
        await Assertions.Expect(dialog).ToContainTextAsync("Phúc Xá");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hủy", Exact = true }).First.ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await head.ReloadAsync();
        await Assertions.Expect(head.GetByTestId("submit")).ToBeVisibleAsync();

        await head.GetByTestId("submit").ClickAsync();
        await ReportingJourneyTests.ConfirmAsync(head, "Gửi báo cáo Quý IV/2026");
        await Assertions.Expect(head.GetByTestId("report-status")).ToHaveTextAsync("Đã gửi, chờ thẩm định");
        await head.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Leaving_a_report_with_unsaved_typing_asks_first_and_saving_does_not()
    {
        var staff = await portal.SignedInPageAsync(DemoAccounts.HangBacStaff);
        await staff.GotoAsync("/Reports");
        await staff.GetByTestId("reports").GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        var asked = new List<string>();
        staff.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            await dialog.AcceptAsync();
        };

        await staff.GetByTestId("save").ClickAsync();
        await Assertions.Expect(staff.Locator("[role=status]")).ToContainTextAsync("Đã lưu bản nháp báo cáo.");
        Assert.Empty(asked);

        await staff.Locator("textarea[name='Input.Lines[0].Results']").FillAsync("Nội dung đang gõ dở");
        await staff.GotoAsync("/");
        Assert.Equal(["beforeunload"], asked);
        await staff.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Accepting_several_reports_names_how_many_and_cancelling_accepts_none()
    {
        var reviewer = await portal.SignedInPageAsync(DemoAccounts.HoanKiemReviewer);
        await reviewer.GotoAsync("/Review");
        var rows = reviewer.GetByTestId("review-queue").Locator("tr[data-report]");
        var before = await rows.CountAsync();
        Assert.True(before >= 2, "The demo should leave at least two reports awaiting the Hoàn Kiếm reviewer.");
        await rows.Nth(0).Locator("input[name=selected]").CheckAsync();
        await rows.Nth(1).Locator("input[name=selected]").CheckAsync();

        await reviewer.GetByTestId("accept-selected").ClickAsync();
        var dialog = reviewer.GetByTestId("confirm-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Chấp nhận 2 báo cáo đã chọn?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hủy", Exact = true }).First.ClickAsync();
        await reviewer.ReloadAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(before);
        await reviewer.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Choosing_done_shows_the_percent_rule_and_a_missing_completion_date()
    {
        var staff = await portal.SignedInPageAsync(DemoAccounts.HangBacStaff);
        await staff.GotoAsync("/Reports");
        await staff.GetByTestId("reports").GetByRole(AriaRole.Link, new() { Name = "Sửa" }).First.ClickAsync();
        var percent = staff.Locator("input[name='Input.Lines[0].Percent']");
        await percent.FillAsync("90");

        await staff.Locator("select[name='Input.Lines[0].Progress']").SelectOptionAsync("Done");
        await Assertions.Expect(percent).ToHaveValueAsync("100");
        Assert.False(await percent.IsEditableAsync());
        await staff.Locator("input[name='Input.Lines[0].CompletedOn']").FillAsync(string.Empty);
        await staff.GetByTestId("save").ClickAsync();
        await Assertions.Expect(staff.Locator("[role=status]")).ToContainTextAsync("Đã lưu bản nháp báo cáo.");
        await Assertions.Expect(staff.Locator("fieldset").First.GetByTestId("line-status")).ToHaveTextAsync("Đã hoàn thành – chưa có ngày hoàn thành");

        await staff.Locator("select[name='Input.Lines[0].Progress']").SelectOptionAsync("InProgress");
        Assert.True(await percent.IsEditableAsync());
        await staff.Context.CloseAsync();
    }
}
