using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DanVan.Domain.Importing;
using DanVan.Web.Exports;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Import;

/// <summary>Import files made as Excel or a text editor would make them, and the three steps posted as a browser posts them.</summary>
internal static class ImportSteps
{
    public const string Staff = "AgencyStaff";

    /// <summary>A .csv in UTF-8 (with a byte order mark when asked, as Excel's "CSV UTF-8" writes it); fields with the separator are quoted.</summary>
    public static byte[] Csv(IEnumerable<string[]> rows, bool bom = false, char separator = ',')
    {
        var text = string.Join("\r\n", rows.Select(r => string.Join(separator, r.Select(v => v.Contains(separator, StringComparison.Ordinal) ? $"\"{v}\"" : v)))) + "\r\n";
        return bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
    }

    /// <summary>An .xlsx with the rows as text cells (the first row the header), written by the portal's own writer.</summary>
    public static byte[] Xlsx(IReadOnlyList<string[]> rows)
    {
        var table = new SheetTable("Data", rows[0]);
        foreach (var row in rows.Skip(1))
        {
            table.Add(row.Select(v => SheetCell.Of(v)).ToArray());
        }

        return SpreadsheetWriter.Write([table]);
    }

    public static string[] UserHeader => [ImportColumns.Email, ImportColumns.FullName, ImportColumns.Role, ImportColumns.AgencyCode];

    /// <summary>Uploads the file for a dry run; the answer is the redirect to the preview (or the page with the error).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, ImportKind kind, string fileName, byte[] content)
    {
        var form = await HtmlPage.GetAsync(client, "/Admin/Import");
        using var body = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        body.Add(new StringContent(form.AntiforgeryToken()), "__RequestVerificationToken");
        body.Add(new StringContent(kind.ToString()), "Input.Kind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"file\"; filename=\"{fileName}\"");
        body.Add(file);
        return await client.PostAsync("/Admin/Import", body);
    }

    /// <summary>Uploads and opens the preview it redirects to.</summary>
    public static async Task<HtmlPage> PreviewAsync(HttpClient client, ImportKind kind, string fileName, byte[] content)
    {
        var uploaded = await UploadAsync(client, kind, fileName, content);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.StartsWith("/Admin/Import/Preview/", uploaded.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var preview = await HtmlPage.GetAsync(client, uploaded.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        return preview;
    }

    /// <summary>Posts the preview's confirmation, ticked or not.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, HtmlPage preview, bool confirm = true) =>
        preview.PostFormAsync(client, "form[data-testid=confirm-form]", confirm ? new Dictionary<string, string> { ["confirm"] = "true" } : new Dictionary<string, string>());

    /// <summary>The problems the preview lists, as (row, code).</summary>
    public static List<(int Row, string Code)> Problems(HtmlPage preview) =>
        preview.Document.QuerySelectorAll("[data-testid=problems] tr[data-row]")
            .Select(r => (int.Parse(r.GetAttribute("data-row")!, System.Globalization.CultureInfo.InvariantCulture), r.GetAttribute("data-code")!))
            .ToList();

    /// <summary>The preview's id, from its address.</summary>
    public static Guid BatchId(HtmlPage preview) => Guid.Parse(preview.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1]);
}
