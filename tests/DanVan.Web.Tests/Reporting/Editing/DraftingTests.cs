using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Editing;

/// <summary>Drafting the agency's report: offered on first open and started by a POST, saved by staff, validated next to each field, closed to viewers.</summary>
public sealed class DraftingTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Staff_opening_the_current_period_creates_the_report_and_saves_a_draft_but_cannot_submit()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        await factory.QueryAsync(db => db.Reports.Where(r => r.Agency!.Code == ReportEditor.HangBac && r.PeriodId == periodId).ExecuteDeleteAsync());
        var staff = await factory.ClientAsync(DemoAccounts.HangBacStaff);

        var offered = await HtmlPage.GetAsync(staff, $"/Reports/Edit/{periodId}");
        Assert.Equal(HttpStatusCode.OK, offered.StatusCode);
        Assert.NotNull(offered.Document.QuerySelector("[data-testid=start-report-form]"));
        Assert.Null(await factory.HangBacReportAsync(periodId));
        var page = await ReportEditor.OpenAsync(staff, periodId);

        var created = await factory.HangBacReportAsync(periodId);
        Assert.NotNull(created);
        Assert.Equal(ReportStatus.Draft, created.Status);
        var assignments = await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.Agency!.Code == ReportEditor.HangBac));
        Assert.Equal(assignments, created.Lines.Count);
        Assert.Equal(assignments, page.Document.QuerySelectorAll("#report-form fieldset[data-line]").Length);
        Assert.Null(page.Document.QuerySelector("[data-testid=submit]"));

        var indicator = ReportEditor.Fields(page).Keys.First(k => k.EndsWith(".Value", StringComparison.Ordinal));
        var response = await ReportEditor.PostAsync(staff, page, "Save", fields =>
        {
            fields["Input.OverallAssessment"] = "Phường đã triển khai các nhiệm vụ theo kế hoạch.";
            fields[$"{ReportEditor.Line(0)}.Progress"] = nameof(TaskProgress.InProgress);
            fields[$"{ReportEditor.Line(0)}.Percent"] = "40";
            fields[$"{ReportEditor.Line(0)}.Results"] = "Đã tổ chức 3 buổi đối thoại với Nhân dân.";
            (fields[$"{ReportEditor.Line(1)}.Progress"], fields[$"{ReportEditor.Line(1)}.CompletedOn"]) = (nameof(TaskProgress.Done), "2026-11-20");
            fields[$"{ReportEditor.Line(1)}.Percent"] = string.Empty;
            fields[indicator] = "12,5";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Reports/Edit/{periodId}", response.Headers.Location?.OriginalString);
        var saved = await factory.HangBacReportAsync(periodId);
        var after = await HtmlPage.GetAsync(staff, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Đã lưu bản nháp báo cáo.", after.Text, StringComparison.Ordinal);
        Assert.Equal(saved!.RowVersion.ToString(), after.Document.QuerySelector("#report-form")?.GetAttribute("data-saved-version"));
        Assert.Equal("Phường đã triển khai các nhiệm vụ theo kế hoạch.", saved.OverallAssessment);
        var first = saved.Lines.Single(l => l.Id.ToString() == ReportEditor.ValueOf(after, $"{ReportEditor.Line(0)}.LineId"));
        Assert.Equal((TaskProgress.InProgress, 40, "Đã tổ chức 3 buổi đối thoại với Nhân dân."), (first.Progress, first.Percent, first.Results));
        Assert.Equal("Đã tổ chức 3 buổi đối thoại với Nhân dân.", ReportEditor.ValueOf(after, $"{ReportEditor.Line(0)}.Results"));
        Assert.Equal(("Done", "2026-11-20", "100"), (ReportEditor.ValueOf(after, $"{ReportEditor.Line(1)}.Progress"), ReportEditor.ValueOf(after, $"{ReportEditor.Line(1)}.CompletedOn"), ReportEditor.ValueOf(after, $"{ReportEditor.Line(1)}.Percent")));
        Assert.Equal("12.5", ReportEditor.ValueOf(after, indicator));
        Assert.Contains(saved.Lines.SelectMany(l => l.IndicatorValues), v => v.Value == 12.5m);

        var submit = await ReportEditor.PostAsync(staff, after, "Submit");

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(ReportStatus.Draft, (await factory.HangBacReportAsync(periodId))!.Status);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ProgressReport) && a.EntityId == saved.Id.ToString())
            .Select(a => a.Action).ToListAsync());
        Assert.Equal(["report.create", "report.save"], audit);
    }

    [Fact]
    public async Task Done_with_a_typed_percent_other_than_100_is_refused_next_to_the_percent_and_nothing_is_saved()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var staff = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var page = await ReportEditor.OpenAsync(staff, periodId);
        var before = (await factory.HangBacReportAsync(periodId))!.RowVersion;

        var response = await ReportEditor.PostAsync(staff, page, "Save", fields =>
        {
            (fields[$"{ReportEditor.Line(0)}.Progress"], fields[$"{ReportEditor.Line(0)}.CompletedOn"]) = (nameof(TaskProgress.Done), "2026-11-20");
            fields[$"{ReportEditor.Line(0)}.Percent"] = "90";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await HtmlPage.ParseAsync(response);
        Assert.Contains("Nhiệm vụ đã hoàn thành là đạt 100 %", refused.Document.QuerySelector($"[data-valmsg-for='{ReportEditor.Line(0)}.Percent']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("90", ReportEditor.ValueOf(refused, $"{ReportEditor.Line(0)}.Percent"));
        Assert.Equal(before, (await factory.HangBacReportAsync(periodId))!.RowVersion);
        Assert.Contains("Nhiệm vụ đã hoàn thành được tính là 100 %.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_gets_403_on_the_report_form_and_no_report_is_created()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var viewer = await factory.ClientAsync(DemoAccounts.HangBacViewer);
        var before = await factory.QueryAsync(db => db.Reports.CountAsync());

        var response = await viewer.GetAsync($"/Reports/Edit/{periodId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Done_lines_without_results_or_date_show_every_problem_in_Vietnamese_and_keep_the_typing()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var page = await ReportEditor.OpenAsync(head, periodId);
        string L0(string field) => $"{ReportEditor.Line(0)}.{field}";
        string L1(string field) => $"{ReportEditor.Line(1)}.{field}";

        var response = await ReportEditor.PostAsync(head, page, "Submit", fields =>
        {
            (fields[L0("Progress")], fields[L0("Results")], fields[L0("CompletedOn")], fields[L0("Difficulties")]) = ("Done", " ", "", "Kinh phí tuyên truyền còn hạn hẹp.");
            (fields[L1("Progress")], fields[L1("Results")], fields[L1("CompletedOn")]) = ("Done", "Đã ban hành kế hoạch thực hiện.", "");
            (fields[L0("Percent")], fields[L1("Percent")]) = ("100", "100");
        });

        var result = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("Nhiệm vụ đã hoàn thành cần nêu kết quả đạt được.", ReportEditor.ErrorFor(result, L0("Results")));
        Assert.Equal("Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.", ReportEditor.ErrorFor(result, L0("CompletedOn")));
        Assert.Equal("Nhiệm vụ đã hoàn thành cần có ngày hoàn thành.", ReportEditor.ErrorFor(result, L1("CompletedOn")));
        Assert.Null(ReportEditor.ErrorFor(result, L1("Results")));
        Assert.Equal("Kinh phí tuyên truyền còn hạn hẹp.", ReportEditor.ValueOf(result, L0("Difficulties")));
        Assert.Equal("Đã ban hành kế hoạch thực hiện.", ReportEditor.ValueOf(result, L1("Results")));
        Assert.Equal("Done", ReportEditor.ValueOf(result, L1("Progress")));
        Assert.Equal(ReportStatus.Draft, (await factory.HangBacReportAsync(periodId))!.Status);
    }

    [Theory]
    [InlineData("abc", "Giá trị 'abc' không hợp lệ cho Tỷ lệ hoàn thành.")]
    [InlineData("150", "Tỷ lệ hoàn thành phải từ 0 đến 100.")]
    public async Task Percent_that_is_not_a_number_or_above_100_shows_a_message_and_keeps_the_input(string typed, string message)
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var staff = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var page = await ReportEditor.OpenAsync(staff, periodId);
        var before = await factory.HangBacReportAsync(periodId);
        var percent = $"{ReportEditor.Line(0)}.Percent";

        var response = await ReportEditor.PostAsync(staff, page, "Save", fields =>
        {
            fields[percent] = typed;
            fields[$"{ReportEditor.Line(0)}.Progress"] = nameof(TaskProgress.InProgress);
            fields[$"{ReportEditor.Line(0)}.Results"] = "Nội dung đang soạn dở.";
        });

        var result = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(message, ReportEditor.ErrorFor(result, percent));
        Assert.Equal(typed, ReportEditor.ValueOf(result, percent));
        Assert.Equal("Nội dung đang soạn dở.", ReportEditor.ValueOf(result, $"{ReportEditor.Line(0)}.Results"));
        Assert.Equal(before!.RowVersion, (await factory.HangBacReportAsync(periodId))!.RowVersion);
    }

    [Fact]
    public async Task Reports_index_lists_the_agencys_reports_newest_first_and_offers_to_draft_an_open_period()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var hangBacReports = await factory.QueryAsync(db => db.Reports.CountAsync(r => r.Agency!.Code == ReportEditor.HangBac));

        var head = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HangBacHead), "/Reports");
        var phucXa = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.PhucXaHead), "/Reports");
        var viewer = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HangBacViewer), "/Reports");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        var rows = head.Document.QuerySelectorAll("[data-testid=reports] tbody tr");
        Assert.Equal(hangBacReports, rows.Length);
        Assert.StartsWith("Quý IV/2026", rows[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("/Reports/Details/", rows[0].QuerySelector("a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(head.Document.QuerySelector("[data-testid=open-periods]"));
        Assert.Equal($"/Reports/Edit/{periodId}?handler=Start", phucXa.Document.QuerySelector("[data-testid=open-periods] [data-testid=start-report]")?.Closest("form")?.GetAttribute("action"));
        Assert.Contains("Soạn báo cáo", phucXa.Text, StringComparison.Ordinal);
        Assert.NotNull(viewer.Document.QuerySelector("[data-testid=open-periods]"));
        Assert.Null(viewer.Document.QuerySelector("[data-testid=start-report]"));
    }

    [Fact]
    public async Task A_viewer_can_neither_be_offered_nor_start_the_report_and_nothing_is_created()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        await factory.QueryAsync(db => db.Reports.Where(r => r.Agency!.Code == ReportEditor.HangBac && r.PeriodId == periodId).ExecuteDeleteAsync());
        var viewer = await factory.ClientAsync(DemoAccounts.HangBacViewer);
        var reports = await HtmlPage.GetAsync(viewer, "/Reports");

        var offered = await viewer.GetAsync($"/Reports/Edit/{periodId}");
        var started = await viewer.PostAsync($"/Reports/Edit/{periodId}?handler=Start", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = reports.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.Forbidden, offered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, started.StatusCode);
        Assert.Null(await factory.HangBacReportAsync(periodId));
    }
}
