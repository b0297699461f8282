using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>Who may see, download, upload and delete the evidence of Hàng Bạc's report: 403/404 outside, never bytes.</summary>
public sealed class AttachmentAccessTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Theory]
    [InlineData(DemoAccounts.PhucXaHead)]
    [InlineData(DemoAccounts.BaDinhReviewer)]
    public async Task Account_outside_the_ward_cannot_list_upload_delete_or_download(string account)
    {
        var (reportId, attachment) = await UploadedAsync();
        var client = await factory.ClientAsync(account);

        var list = await client.GetAsync($"/Reports/Attachments/{reportId}");
        var download = await client.GetAsync($"/Reports/Download/{attachment.Id}");
        var upload = await Evidence.UploadAsync(client, reportId, "Xâm nhập.pdf", Evidence.Pdf);
        var delete = await Evidence.DeleteAsync(client, reportId, attachment.Id, confirm: true);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.DoesNotContain(attachment.FileName, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.NotEqual(Evidence.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Null(download.Content.Headers.ContentDisposition);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var remaining = await Evidence.AttachmentsAsync(factory, reportId);
        Assert.Contains(remaining, a => a.Id == attachment.Id);
        Assert.DoesNotContain(remaining, a => a.FileName == "Xâm nhập.pdf");
    }

    [Fact]
    public async Task Unknown_report_or_attachment_is_not_found()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Reports/Attachments/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Reports/Download/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Evidence.UploadAsync(client, 999999, "Tệp.pdf", Evidence.Pdf)).StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.HangBacViewer)]
    [InlineData(DemoAccounts.HoanKiemReviewer)]
    [InlineData(DemoAccounts.CityReviewer)]
    public async Task Reader_in_scope_downloads_but_gets_no_upload_form_and_cannot_post_one(string account)
    {
        var (reportId, attachment) = await UploadedAsync();
        var client = await factory.ClientAsync(account);

        var page = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        var download = await client.GetAsync($"/Reports/Download/{attachment.Id}");
        var upload = await Evidence.UploadAsync(client, reportId, "Của người xem.pdf", Evidence.Pdf);
        var delete = await Evidence.DeleteAsync(client, reportId, attachment.Id, confirm: true);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(page.Document.QuerySelectorAll("a[data-testid=download]"), a => a.TextContent == attachment.FileName);
        Assert.Null(page.Document.QuerySelector("form[data-testid=upload-form]"));
        Assert.Null(page.Document.QuerySelector("form[data-testid=delete-form]"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Evidence.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Contains(await Evidence.AttachmentsAsync(factory, reportId), a => a.Id == attachment.Id);
    }

    [Fact]
    public async Task Staff_of_the_agency_may_upload_as_well_as_the_head()
    {
        var reportId = await Evidence.HangBacReportIdAsync(factory);
        var client = await factory.ClientAsync(DemoAccounts.HangBacStaff);

        var upload = await Evidence.UploadAsync(client, reportId, "Báo cáo của cán bộ.pdf", Evidence.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains(await Evidence.AttachmentsAsync(factory, reportId), a => a.FileName == "Báo cáo của cán bộ.pdf" && a.UploadedByName == "Lý Thị Thảo");
    }

    /// <summary>The head's evidence file on the Hàng Bạc draft, uploaded once for the class.</summary>
    private async Task<(int ReportId, Attachment Attachment)> UploadedAsync()
    {
        const string name = "Biên bản đối thoại.pdf";
        var reportId = await Evidence.HangBacReportIdAsync(factory);
        if (!(await Evidence.AttachmentsAsync(factory, reportId)).Exists(a => a.FileName == name))
        {
            var response = await Evidence.UploadAsync(await factory.ClientAsync(DemoAccounts.HangBacHead), reportId, name, Evidence.Pdf);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return (reportId, (await Evidence.AttachmentsAsync(factory, reportId)).First(a => a.FileName == name));
    }
}
