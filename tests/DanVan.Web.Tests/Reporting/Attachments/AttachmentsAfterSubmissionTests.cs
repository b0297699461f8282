using System.Net;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>Once the report is submitted its evidence is read-only: still listed and downloadable, no longer added to or removed.</summary>
public sealed class AttachmentsAfterSubmissionTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task After_submission_the_head_can_neither_upload_nor_delete_but_still_downloads()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var reportId = await Evidence.HangBacReportIdAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.UploadAsync(client, reportId, "Biên bản trước khi gửi.pdf", Evidence.Pdf)).StatusCode);
        var attachment = Assert.Single(await Evidence.AttachmentsAsync(factory, reportId));
        await SubmitAsync(reportId);

        var page = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        var upload = await Evidence.UploadAsync(client, reportId, "Bổ sung sau khi gửi.pdf", Evidence.Pdf);
        var delete = await Evidence.DeleteAsync(client, reportId, attachment.Id, confirm: true);
        var download = await client.GetAsync($"/Reports/Download/{attachment.Id}");

        Assert.Null(page.Document.QuerySelector("form[data-testid=upload-form]"));
        Assert.Null(page.Document.QuerySelector("form[data-testid=delete-form]"));
        Assert.Contains(page.Document.QuerySelectorAll("a[data-testid=download]"), a => a.TextContent == "Biên bản trước khi gửi.pdf");
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Contains(Evidence.Vi("report.notEditable"), (await HtmlPage.ParseAsync(upload)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains(Evidence.Vi("report.notEditable"), (await HtmlPage.ParseAsync(delete)).Text, StringComparison.Ordinal);
        Assert.Equal(Evidence.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal([attachment.Id], (await Evidence.AttachmentsAsync(factory, reportId)).Select(a => a.Id));
        Assert.True(File.Exists(Path.Combine(Evidence.Folder(factory), attachment.StoredName)));
    }

    /// <summary>Submits the draft through the domain, as the head would on the report's page.</summary>
    private Task<int> SubmitAsync(int reportId) => factory.QueryAsync(async db =>
    {
        var report = await db.Reports.WithContent().SingleAsync(r => r.Id == reportId);
        var head = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.HangBacHead);
        report.Submit(new Actor(head.Id, head.FullName), factory.Clock.GetUtcNow().UtcDateTime);
        return await db.SaveChangesAsync();
    });
}
