using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Dom;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Attachments;

/// <summary>Small real files of every accepted type, the Hàng Bạc draft of the current quarter, and uploads posted as a browser posts them.</summary>
internal static class Evidence
{
    public const string HangBacCommittee = "HN-HK-HB-UBND";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8];

    public static readonly byte[] PlainText = "Biên bản họp tổ dân phố số 3, phường Hàng Bạc."u8.ToArray();

    public static byte[] Docx => Zip("[Content_Types].xml", "word/document.xml");

    public static byte[] Xlsx => Zip("[Content_Types].xml", "xl/workbook.xml");

    /// <summary>A zip archive with the given entries, each holding a little XML.</summary>
    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), Encoding.UTF8);
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><root/>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A PDF of exactly <paramref name="length"/> bytes.</summary>
    public static byte[] PdfOfLength(int length)
    {
        var content = new byte[length];
        Array.Fill(content, (byte)' ');
        Pdf.AsSpan(0, Math.Min(Pdf.Length, length)).CopyTo(content);
        return content;
    }

    /// <summary>The id of Hàng Bạc People's Committee's report for the current quarter (a draft in the demo data).</summary>
    public static Task<int> HangBacReportIdAsync(DanVanFactory factory) =>
        factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == HangBacCommittee && r.Period!.Kind == PeriodKind.Quarter && r.Period.Year == 2026 && r.Period.Number == 4)
            .Select(r => r.Id).SingleAsync());

    public static Task<List<Attachment>> AttachmentsAsync(DanVanFactory factory, int reportId) =>
        factory.QueryAsync(db => db.Attachments.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.Id).ToListAsync());

    public static string Folder(DanVanFactory factory) => Path.Combine(factory.Folder, "evidence");

    /// <summary>The Vietnamese text of a key once the resources have it, else the key itself (what the localizer shows).</summary>
    public static string Vi(string key) => RepositoryFiles.Vietnamese.GetValueOrDefault(key, key);

    /// <summary>
    /// Posts a file to the report's upload handler as a browser does: multipart, with the antiforgery token of the signed-in
    /// user. The name goes raw in <c>filename</c> (UTF-8, as browsers send it), or percent-encoded in <c>filename*</c>.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int reportId, string fileName, byte[] content, int? lineId = null, bool encodeName = false)
    {
        using var body = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        body.Add(new StringContent(await TokenAsync(client)), "__RequestVerificationToken");
        body.Add(new StringContent(lineId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty), "lineId");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var name = encodeName ? $"filename=\"upload\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}" : $"filename=\"{fileName}\"";
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; {name}");
        body.Add(file);
        return await client.PostAsync($"/Reports/Attachments/{reportId}?handler=Upload", body);
    }

    /// <summary>Posts the delete handler for one attachment, with or without the confirmation box ticked.</summary>
    public static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, int reportId, int attachmentId, bool confirm)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client),
            ["attachmentId"] = attachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (confirm)
        {
            fields["confirm"] = "true";
        }

        return await client.PostAsync($"/Reports/Attachments/{reportId}?handler=Delete", new FormUrlEncodedContent(fields));
    }

    /// <summary>The user's antiforgery token, from the sign-out form every page carries.</summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        var home = await HtmlPage.GetAsync(client, "/");
        return home.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException("The home page carries no antiforgery token.");
    }
}
