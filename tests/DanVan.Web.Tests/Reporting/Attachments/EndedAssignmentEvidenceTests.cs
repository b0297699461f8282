using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Admin;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>
/// When an assignment ends and its line leaves a report still being written, a file attached to that line stays with the
/// report (now for the whole report): nothing is deleted, and ending the assignment does not fail on the file.
/// </summary>
public sealed class EndedAssignmentEvidenceTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task A_file_attached_to_the_line_of_an_ended_assignment_stays_with_the_draft()
    {
        var reportId = await Evidence.HangBacReportIdAsync(factory);
        var (lineId, assignmentId) = await factory.QueryAsync(db => db.ReportLines.Where(l => l.ReportId == reportId).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.AssignmentId }).FirstAsync().ContinueWith(t => (t.Result.Id, t.Result.AssignmentId), TaskScheduler.Default));
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.UploadAsync(head, reportId, "Biên bản nhiệm vụ.pdf", Evidence.Pdf, lineId)).StatusCode);
        var attachment = Assert.Single(await Evidence.AttachmentsAsync(factory, reportId));
        Assert.Equal(lineId, attachment.LineId);

        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var edit = await HtmlPage.GetAsync(admin, $"/Admin/Assignments/Edit/{assignmentId}");
        var ended = await edit.SubmitAsync(admin, "form[data-testid=end]", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.ReportLines.AnyAsync(l => l.Id == lineId)));
        var kept = Assert.Single(await Evidence.AttachmentsAsync(factory, reportId));
        Assert.Equal((attachment.Id, (int?)null), (kept.Id, kept.LineId));
        Assert.True(File.Exists(Path.Combine(Evidence.Folder(factory), kept.StoredName)));
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/Reports/Download/{kept.Id}")).StatusCode);
    }
}
