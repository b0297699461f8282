using System.Net;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.History;

/// <summary>
/// The history page after Hàng Bạc's current report went submit → return → resubmit → return and is being edited again:
/// every transition, the kept versions, and the differences between two of them field by field.
/// </summary>
public sealed class ReportHistoryTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string FirstComment = "Đề nghị bổ sung số cuộc đối thoại với Nhân dân.";
    private const string SecondComment = "Đề nghị nêu rõ kết quả giải quyết kiến nghị.";
    private const string FirstResults = "Tổ chức 2 hội nghị quán triệt Chỉ thị.";
    private const string SecondResults = "Tổ chức 2 hội nghị quán triệt và 3 buổi đối thoại với Nhân dân.";

    [Fact]
    public async Task History_lists_every_transition_oldest_first_with_the_reviewers_comments()
    {
        var id = await ReturnedTwiceAsync();

        var page = await GetAsync($"/Reports/History/{id}");

        var rows = page.Document.QuerySelectorAll("[data-testid=transitions] tbody tr");
        Assert.Equal(
            ["Draft>Submitted", "Submitted>Returned", "Returned>Submitted", "Submitted>Returned"],
            rows.Select(r => $"{r.GetAttribute("data-from")}>{r.GetAttribute("data-to")}"));
        Assert.Contains("Dương Văn Nam", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Đang soạn → Đã gửi, chờ thẩm định", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Vũ Đức Hùng", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(FirstComment, rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(SecondComment, rows[3].TextContent, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], page.Document.QuerySelectorAll("[data-testid=versions] tbody tr").Select(r => r.GetAttribute("data-version")));
    }

    [Fact]
    public async Task Comparing_version_1_with_version_2_shows_exactly_the_changed_fields_with_both_values()
    {
        var id = await ReturnedTwiceAsync();
        var task = await FirstTaskNumberAsync(id);

        var page = await GetAsync($"/Reports/History/{id}?a=1&b=2");

        var rows = page.Document.QuerySelectorAll("[data-testid=changes] tbody tr")
            .Select(r => (Task: r.GetAttribute("data-task"), Field: r.GetAttribute("data-field"), Cells: r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()))
            .ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Field == "OverallAssessment" && r.Cells[0] == "Phần đánh giá chung" && r.Cells[1] == "Đánh giá chung" && r.Cells[3] == "Đã bổ sung số liệu theo ý kiến thẩm định.");
        Assert.Contains(rows, r => r.Task == task && r.Field == "Percent" && r.Cells[0] == $"Nhiệm vụ {task}" && r.Cells[2] == "40" && r.Cells[3] == "80");
        Assert.Contains(rows, r => r.Task == task && r.Field == "Results" && r.Cells[1] == "Kết quả đạt được" && r.Cells[2] == FirstResults && r.Cells[3] == SecondResults);
    }

    [Fact]
    public async Task Without_a_choice_the_last_two_versions_are_compared()
    {
        var id = await ReturnedTwiceAsync();

        var page = await GetAsync($"/Reports/History/{id}");

        Assert.Equal("1", page.Document.QuerySelector("select#a option[selected]")?.GetAttribute("value"));
        Assert.Equal("2", page.Document.QuerySelector("select#b option[selected]")?.GetAttribute("value"));
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-testid=changes] tbody tr").Length);
    }

    [Fact]
    public async Task The_draft_being_edited_after_a_return_can_be_compared_with_the_last_version()
    {
        var id = await ReturnedTwiceAsync();

        var page = await GetAsync($"/Reports/History/{id}?a=2&b=current");

        var row = Assert.Single(page.Document.QuerySelectorAll("[data-testid=changes] tbody tr"));
        Assert.Equal("Percent", row.GetAttribute("data-field"));
        Assert.Equal(["80", "95"], row.QuerySelectorAll("td").Skip(2).Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task The_same_version_twice_has_no_changes()
    {
        var id = await ReturnedTwiceAsync();

        var page = await GetAsync($"/Reports/History/{id}?a=2&b=2");

        Assert.Equal("Không có thay đổi", page.Document.QuerySelector("[data-testid=no-changes]")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("a=1&b=7")]
    [InlineData("a=0&b=2")]
    [InlineData("a=x&b=2")]
    [InlineData("a=-1&b=current1")]
    public async Task An_unknown_version_shows_a_message_instead_of_an_error(string query)
    {
        var id = await ReturnedTwiceAsync();

        var page = await GetAsync($"/Reports/History/{id}?{query}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Không tìm thấy phiên bản cần so sánh; vui lòng chọn trong danh sách.", page.Document.QuerySelector("[data-testid=compare-problem]")?.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("[data-testid=changes]"));
    }

    [Fact]
    public async Task Ward_head_of_another_ward_cannot_read_the_history()
    {
        var id = await ReturnedTwiceAsync();

        var page = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.PhucXaHead), $"/Reports/History/{id}?a=1&b=2");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain(FirstResults, page.Text, StringComparison.Ordinal);
    }

    /// <summary>Drives Hàng Bạc's Q4 draft through the domain once per class: v1, returned, v2, returned again, then edited.</summary>
    private async Task<int> ReturnedTwiceAsync()
    {
        var id = await factory.ReportIdAsync(WorkflowSetup.HangBac);
        if (await factory.QueryAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()) > 0)
        {
            return id;
        }

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.ChangeReportAsync(id, async (db, report) =>
        {
            var head = await WorkflowSetup.ActorAsync(db, DemoAccounts.HangBacHead);
            var reviewer = await WorkflowSetup.ActorAsync(db, DemoAccounts.HoanKiemReviewer);
            var line = report.FirstLine();
            report.UpdateLine(line, TaskProgress.InProgress, 40, null, FirstResults, null, null);
            report.Submit(head, now.AddHours(-4));
            report.Return(reviewer, FirstComment, now.AddHours(-3));
            report.UpdateLine(line, TaskProgress.InProgress, 80, null, SecondResults, null, null);
            report.UpdateAssessment("Đã bổ sung số liệu theo ý kiến thẩm định.");
            report.Submit(head, now.AddHours(-2));
            report.Return(reviewer, SecondComment, now.AddHours(-1));
            report.UpdateLine(line, TaskProgress.InProgress, 95, null, SecondResults, null, null);
        });
        return id;
    }

    private Task<string> FirstTaskNumberAsync(int id) =>
        factory.QueryAsync(async db => (await db.Reports.WithContent().SingleAsync(r => r.Id == id)).FirstLine().Assignment!.Task!.Number);

    private async Task<HtmlPage> GetAsync(string url) => await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HangBacHead), url);
}
