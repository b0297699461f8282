using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>The head of Hàng Bạc's People's Committee attaches evidence to the current draft: types by content, names kept and cleaned.</summary>
public sealed partial class AttachmentUploadTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string VietnameseName = "Biên bản đối thoại.pdf";

    [Fact]
    public async Task Head_uploads_a_pdf_with_a_Vietnamese_name_and_downloads_the_same_bytes_under_that_name()
    {
        var (client, reportId) = await HeadAsync();
        var page = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        var form = page.Document.QuerySelector<IHtmlFormElement>("form[data-testid=upload-form]");
        Assert.NotNull(form);
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.Equal($"/Reports/Attachments/{reportId}?handler=Upload", form.GetAttribute("action"));
        Assert.Equal(".pdf,.docx,.xlsx,.jpg,.jpeg,.png", form.QuerySelector("input[type=file]")?.GetAttribute("accept"));

        var upload = await Evidence.UploadAsync(client, reportId, VietnameseName, Evidence.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var listed = await HtmlPage.GetAsync(client, upload.Headers.Location!.OriginalString);
        var row = listed.Document.QuerySelectorAll("tr[data-testid=attachment-row]").Single(r => r.TextContent.Contains(VietnameseName, StringComparison.Ordinal));
        Assert.Contains(Evidence.Vi("The whole report"), row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dương Văn Nam", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("26/11/2026 10:00", row.TextContent, StringComparison.Ordinal);

        var download = await client.GetAsync(row.QuerySelector("a[data-testid=download]")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Evidence.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(VietnameseName, disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Ảnh buổi tiếp dân.png", "png", "image/png", "Ảnh buổi tiếp dân.png")]
    [InlineData("Ảnh hội nghị.jpg", "jpeg", "image/jpeg", "Ảnh hội nghị.jpg")]
    [InlineData("Kế hoạch năm 2026.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Kế hoạch năm 2026.docx")]
    [InlineData("Số liệu quý IV.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Số liệu quý IV.xlsx")]
    [InlineData("img.pdf", "png", "image/png", "img.png")]
    [InlineData("evidence.pdf.exe", "pdf", "application/pdf", "evidence.pdf")]
    [InlineData("x.html", "pdf", "application/pdf", "x.pdf")]
    public async Task Each_accepted_type_is_recognised_by_its_content_and_stored_under_a_name_with_its_extension(string fileName, string kind, string contentType, string storedName)
    {
        var (client, reportId) = await HeadAsync();
        var content = kind switch { "png" => Evidence.Png, "jpeg" => Evidence.Jpeg, "docx" => Evidence.Docx, "pdf" => Evidence.Pdf, _ => Evidence.Xlsx };
        var page = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        var option = page.Document.QuerySelectorAll<IHtmlOptionElement>("select[name=lineId] option").First(o => o.Value.Length > 0);

        var upload = await Evidence.UploadAsync(client, reportId, fileName, content, int.Parse(option.Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var listed = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        var rows = listed.Document.QuerySelectorAll("tr[data-testid=attachment-row]");
        var row = rows[rows.Length - 1];
        Assert.Contains(storedName, row.TextContent, StringComparison.Ordinal);
        Assert.Contains(option.TextContent.Trim(), row.TextContent, StringComparison.Ordinal);
        var download = await client.GetAsync(row.QuerySelector("a[data-testid=download]")!.GetAttribute("href"));
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(storedName, download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("Báo cáo.pdf", "exe")]
    [InlineData("Ghi chú.pdf", "text")]
    [InlineData("Số liệu.xlsx", "zip")]
    [InlineData("Trống.pdf", "empty")]
    public async Task Content_that_is_not_an_accepted_type_is_refused_with_a_message_whatever_the_name(string fileName, string kind)
    {
        var (client, reportId) = await HeadAsync();
        var content = kind switch
        {
            "exe" => Evidence.Executable,
            "text" => Evidence.PlainText,
            "zip" => Evidence.Zip("[Content_Types].xml", "ppt/presentation.xml"),
            _ => [],
        };
        var before = (await Evidence.AttachmentsAsync(factory, reportId)).Count;

        var response = await Evidence.UploadAsync(client, reportId, fileName, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        var expected = kind == "empty" ? "attachment.empty" : "Only PDF, Word (DOCX), Excel (XLSX), JPEG and PNG files are accepted; the content of this file is none of them.";
        Assert.Equal(Evidence.Vi(expected), page.Document.QuerySelector("#file-error")?.TextContent.Trim());
        Assert.Equal(before, (await Evidence.AttachmentsAsync(factory, reportId)).Count);
    }

    [Theory]
    [InlineData("..\\..\\evil.pdf", "evil.pdf")]
    [InlineData("a/b/c.pdf", "c.pdf")]
    [InlineData("../../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("bi\u0001ên\u0007 bản\t.pdf", "biên bản.pdf")]
    [InlineData("C:\\Users\\cán bộ\\Tài liệu\\Tờ trình.pdf", "Tờ trình.pdf")]
    public async Task Path_and_control_characters_in_a_name_are_removed_and_the_file_is_stored_under_a_generated_name(string sent, string shown)
    {
        var (client, reportId) = await HeadAsync();

        var upload = await Evidence.UploadAsync(client, reportId, sent, Evidence.Pdf, encodeName: true);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var stored = (await Evidence.AttachmentsAsync(factory, reportId)).Last();
        Assert.Equal(shown, stored.FileName);
        var listed = await HtmlPage.GetAsync(client, $"/Reports/Attachments/{reportId}");
        Assert.Contains(listed.Document.QuerySelectorAll("a[data-testid=download]"), a => a.TextContent == shown);
        var files = Directory.GetFiles(Evidence.Folder(factory));
        Assert.All(files, f => Assert.Matches(GeneratedName(), Path.GetFileName(f)));
        Assert.Contains(files, f => Path.GetFileName(f) == stored.StoredName);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(factory.Folder)!, shown, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Deleting_needs_the_confirmation_and_then_removes_the_row_and_the_stored_file_with_audit_entries()
    {
        var (client, reportId) = await HeadAsync();
        await Evidence.UploadAsync(client, reportId, "Tệp cần xóa.pdf", Evidence.Pdf);
        var attachment = (await Evidence.AttachmentsAsync(factory, reportId)).Last();
        var storedPath = Path.Combine(Evidence.Folder(factory), attachment.StoredName);
        Assert.True(File.Exists(storedPath));

        var unconfirmed = await Evidence.DeleteAsync(client, reportId, attachment.Id, confirm: false);

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var page = await HtmlPage.ParseAsync(unconfirmed);
        Assert.Equal(Evidence.Vi("Tick the box to confirm."), page.Document.QuerySelector($"#confirm-{attachment.Id}-error")?.TextContent.Trim());
        Assert.True(File.Exists(storedPath));

        var confirmed = await Evidence.DeleteAsync(client, reportId, attachment.Id, confirm: true);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.DoesNotContain(await Evidence.AttachmentsAsync(factory, reportId), a => a.Id == attachment.Id);
        Assert.False(File.Exists(storedPath));
        var audit = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "ProgressReport" && e.EntityId == reportId.ToString() && e.Action.StartsWith("attachment."))
            .ToListAsync());
        Assert.Contains(audit, e => e.Action == "attachment.add" && e.Before == null && e.After!.Contains("Tệp cần xóa.pdf", StringComparison.Ordinal) && e.UserName == "Dương Văn Nam");
        Assert.Contains(audit, e => e.Action == "attachment.remove" && e.After == null && e.Before!.Contains("Tệp cần xóa.pdf", StringComparison.Ordinal) && e.Before.Contains("Pdf", StringComparison.Ordinal));
    }

    private async Task<(HttpClient Client, int ReportId)> HeadAsync() =>
        (await factory.ClientAsync(DemoAccounts.HangBacHead), await Evidence.HangBacReportIdAsync(factory));

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex GeneratedName();
}
