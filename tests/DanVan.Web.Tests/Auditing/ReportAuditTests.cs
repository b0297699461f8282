using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Auditing.AuditSeed;

namespace DanVan.Web.Tests.Auditing;

/// <summary>The report pages list that report's audit entries, to whoever those pages already let in.</summary>
public sealed class ReportAuditTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task The_reviewer_sees_the_audit_of_the_report_under_review_and_only_of_it()
    {
        var report = await factory.ReportKeyAsync(HangBac);
        var own = await factory.AddAsync(DemoAccounts.HoanKiemReviewer, new(2026, 10, 20, 3, 0, 0), "report.return", "ProgressReport", report,
            """{"status":"Submitted"}""", """{"status":"Returned","comment":"Bổ sung <i>số liệu</i>","lineComments":null}""");
        var other = await factory.AddAsync(DemoAccounts.BaDinhReviewer, new(2026, 10, 21, 3, 0, 0), "report.accept", "ProgressReport", await factory.ReportKeyAsync("HN-BD-PX-UBND"),
            """{"status":"Submitted"}""", """{"status":"Accepted"}""");

        var reviewer = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var page = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{report}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var section = page.Document.QuerySelector("[data-testid=report-audit]")!;
        Assert.Contains(own, Ids(page, "[data-testid=report-audit] [data-audit]"));
        Assert.DoesNotContain(other, Ids(page, "[data-testid=report-audit] [data-audit]"));
        var entry = section.QuerySelector($"[data-audit='{own}']")!;
        Assert.Contains("Trả lại báo cáo", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vũ Đức Hùng", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("20/10/2026 10:00", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal(["status", "comment"], entry.QuerySelectorAll("tr[data-key]").Select(r => r.GetAttribute("data-key")));
        Assert.Contains("Bổ sung <i>số liệu</i>", entry.QuerySelector("tr[data-key=comment]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(entry.QuerySelector("i"));
    }

    [Fact]
    public async Task A_reviewer_of_another_district_gets_403_and_no_audit()
    {
        var report = await factory.ReportKeyAsync(HangBac);
        var outsider = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/Review/Report/{report}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/Reports/History/{report}")).StatusCode);
    }

    [Fact]
    public async Task A_save_through_the_portal_shows_on_the_history_page_with_its_markup_as_text()
    {
        const string typed = "<script>alert(1)</script>Đã <b>họp</b> dân";
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var periodId = await factory.CurrentPeriodIdAsync();
        var form = await ReportEditor.OpenAsync(head, periodId);
        var saved = await ReportEditor.PostAsync(head, form, "Save", fields => fields[$"{ReportEditor.Line(0)}.Results"] = typed);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var report = (await factory.HangBacReportAsync(periodId))!;

        foreach (var account in new[] { DemoAccounts.HangBacHead, DemoAccounts.HangBacViewer, DemoAccounts.HoanKiemReviewer })
        {
            var response = await (await factory.ClientAsync(account)).GetAsync($"/Reports/History/{report.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var page = await HtmlPage.ParseAsync(response);
            var save = page.Document.QuerySelector("[data-testid=report-audit] [data-action='report.save']")!;
            Assert.Contains("Dương Văn Nam", save.TextContent, StringComparison.Ordinal);
            var changed = save.QuerySelectorAll("tr[data-key]").Single(r => r.TextContent.Contains(typed, StringComparison.Ordinal));
            Assert.Equal("true", changed.GetAttribute("data-changed"));
            Assert.Null(save.QuerySelector("script, b"));
        }
    }

    [Fact]
    public async Task The_report_audit_is_paged_ten_at_a_time()
    {
        var report = await factory.ReportKeyAsync(HangBac);
        for (var i = 0; i < 12; i++)
        {
            await factory.AddAsync(DemoAccounts.HangBacViewer, new DateTime(2026, 10, 1, 2, 0, 0).AddMinutes(i), "attachment.add", "ProgressReport", report, null, $$"""{"fileName":"{{i}}.pdf"}""");
        }

        var viewer = await factory.ClientAsync(DemoAccounts.HangBacViewer);
        var first = await HtmlPage.GetAsync(viewer, $"/Reports/History/{report}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var total = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "ProgressReport" && a.EntityId == report));
        Assert.Equal(10, Ids(first, "[data-testid=report-audit] [data-audit]").Count);
        var second = await HtmlPage.GetAsync(viewer, $"/Reports/History/{report}?ap=2");
        Assert.Equal(Math.Min(10, total - 10), Ids(second, "[data-testid=report-audit] [data-audit]").Count);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
