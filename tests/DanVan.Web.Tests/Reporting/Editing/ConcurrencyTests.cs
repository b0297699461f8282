using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Reporting.Editing;

/// <summary>Two people save the same draft: the second sees both versions, nothing typed is lost, and saving again is deliberate.</summary>
public sealed class ConcurrencyTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Second_save_of_the_same_draft_shows_the_conflict_with_both_values_and_keeps_the_first_save()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var staff = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var results = $"{ReportEditor.Line(0)}.Results";
        var headPage = await ReportEditor.OpenAsync(head, periodId);
        var staffPage = await ReportEditor.OpenAsync(staff, periodId);

        var first = await ReportEditor.PostAsync(head, headPage, "Save", f => f[results] = "Kết quả do thủ trưởng nhập: 4 buổi đối thoại.");
        var second = await ReportEditor.PostAsync(staff, staffPage, "Save", f => f[results] = "Kết quả do cán bộ nhập: 5 buổi đối thoại.");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var conflict = await HtmlPage.ParseAsync(second);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Báo cáo vừa được người khác lưu trong lúc bạn đang soạn.", conflict.Document.QuerySelector("[data-testid=form-errors]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kết quả do cán bộ nhập: 5 buổi đối thoại.", ReportEditor.ValueOf(conflict, results));
        Assert.Contains(conflict.Document.QuerySelectorAll("[data-testid=saved-value]"), e => e.TextContent.Contains("Kết quả do thủ trưởng nhập: 4 buổi đối thoại.", StringComparison.Ordinal));
        var stored = await factory.HangBacReportAsync(periodId);
        Assert.Equal("Kết quả do thủ trưởng nhập: 4 buổi đối thoại.", stored!.Lines.Single(l => l.Id.ToString() == ReportEditor.ValueOf(conflict, $"{ReportEditor.Line(0)}.LineId")).Results);
        Assert.Equal(stored.RowVersion.ToString(), ReportEditor.ValueOf(conflict, "Input.RowVersion"));

        var again = await ReportEditor.PostAsync(staff, conflict, "Save");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var overwritten = await factory.HangBacReportAsync(periodId);
        Assert.Contains(overwritten!.Lines, l => l.Results == "Kết quả do cán bộ nhập: 5 buổi đối thoại.");
    }
}
