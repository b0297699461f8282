using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>An administrator extends Q4/2026's due date (gia hạn); the portal's clock is then moved, so the class has a factory of its own.</summary>
public sealed class PeriodDeadlineExtensionTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task After_the_due_date_is_extended_a_report_submitted_between_the_old_and_the_new_one_is_on_time()
    {
        var q4 = await factory.CurrentPeriodIdAsync();
        using var admin = await SignIn.AsAsync(factory, DemoAccounts.Admin);
        var edit = await HtmlPage.GetAsync(admin, $"/Admin/Periods/Edit/{q4}");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var saved = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.DueOn"] = "2026-12-27" });

        Assert.Equal("/Admin/Periods", saved.Headers.Location?.OriginalString);
        Assert.Equal("Đã lưu thời gian của kỳ báo cáo Quý IV/2026.", (await FollowAsync(admin, saved)).StatusMessage());
        var period = await factory.QueryAsync(db => db.Periods.AsNoTracking().SingleAsync(p => p.Id == q4));
        Assert.Equal((new DateOnly(2026, 9, 15), new DateOnly(2026, 12, 27), new DateOnly(2027, 1, 4)), (period.OpensOn, period.DueOn, period.ClosesOn));
        var audit = await factory.SingleAuditAsync("period.reschedule", Id(q4));
        Assert.Equal("2026-12-20", Property(audit.Before, "DueOn").GetString());
        Assert.Equal("2026-12-27", Property(audit.After, "DueOn").GetString());
        Assert.Equal("2027-01-04", Property(audit.After, "ClosesOn").GetString());

        var (response, report) = await SubmitAt.SubmitAsync(factory, new DateTime(2026, 12, 24, 9, 0, 0));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((ReportStatus.Submitted, false), (report.Status, report.IsLate));
    }
}
