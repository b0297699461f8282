using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>The portal with tiny evidence limits: 1 KB a file, 2 KB a report.</summary>
public sealed class SmallEvidenceFactory : SignedInFactory
{
    public const int MaxFileBytes = 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Evidence:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Evidence:MaxReportBytes", (2 * MaxFileBytes).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Size limits come from configuration and are enforced with a message next to the file field, never an error page.</summary>
public sealed class AttachmentLimitTests(SmallEvidenceFactory factory) : IClassFixture<SmallEvidenceFactory>
{
    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_message_and_nothing_is_stored()
    {
        var (client, reportId) = await HeadAsync();

        var response = await Evidence.UploadAsync(client, reportId, "Biên bản dài.pdf", Evidence.PdfOfLength(2 * SmallEvidenceFactory.MaxFileBytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(Evidence.Vi("attachment.tooLarge"), page.Document.QuerySelector("#file-error")?.TextContent.Trim());
        Assert.DoesNotContain(await Evidence.AttachmentsAsync(factory, reportId), a => a.FileName == "Biên bản dài.pdf");
        Assert.DoesNotContain(Directory.GetFiles(Evidence.Folder(factory)), f => new FileInfo(f).Length > SmallEvidenceFactory.MaxFileBytes);
    }

    [Fact]
    public async Task A_body_far_over_the_form_limit_gets_the_same_message_instead_of_an_error_page()
    {
        var (client, reportId) = await HeadAsync();

        var response = await Evidence.UploadAsync(client, reportId, "Bản quét 200 KB.pdf", Evidence.PdfOfLength(200 * 1024));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Reports/Attachments/{reportId}", response.Headers.Location?.OriginalString);
        var page = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Evidence.Vi("attachment.tooLarge"), page.Document.QuerySelector("#file-error")?.TextContent.Trim());
        Assert.DoesNotContain(await Evidence.AttachmentsAsync(factory, reportId), a => a.FileName == "Bản quét 200 KB.pdf");
    }

    [Fact]
    public async Task Files_within_the_limit_are_accepted_until_the_report_total_would_be_exceeded()
    {
        var (client, reportId) = await HeadAsync();
        var part = Evidence.PdfOfLength(900);

        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.UploadAsync(client, reportId, "Phần 1.pdf", part)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Evidence.UploadAsync(client, reportId, "Phần 2.pdf", part)).StatusCode);
        var third = await Evidence.UploadAsync(client, reportId, "Phần 3.pdf", part);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var page = await HtmlPage.ParseAsync(third);
        Assert.Equal(Evidence.Vi("attachment.reportTooLarge"), page.Document.QuerySelector("#file-error")?.TextContent.Trim());
        Assert.Equal(["Phần 1.pdf", "Phần 2.pdf"], (await Evidence.AttachmentsAsync(factory, reportId)).Select(a => a.FileName));
        Assert.Equal(2, Directory.GetFiles(Evidence.Folder(factory)).Length);
    }

    private async Task<(HttpClient Client, int ReportId)> HeadAsync() =>
        (await factory.ClientAsync(DemoAccounts.HangBacHead), await Evidence.HangBacReportIdAsync(factory));
}
