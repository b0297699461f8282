using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Web.Tests.Exports;

/// <summary>A downloaded consolidated report, opened with the Open XML SDK, with helpers to read it the way a reader would.</summary>
public sealed class WordReport : IDisposable
{
    private readonly MemoryStream _stream;

    private WordReport(HttpResponseMessage response, byte[] bytes)
    {
        Response = response;
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public HttpResponseMessage Response { get; }

    public WordprocessingDocument Document { get; }

    public Body Body => Document.MainDocumentPart!.Document!.Body!;

    /// <summary>Every paragraph's text, tables included, in document order.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    public string Text => string.Join('\n', Paragraphs);

    /// <summary>The texts of the paragraphs directly in the body (not in tables), in order.</summary>
    public IReadOnlyList<string> BodyParagraphs => Body.Elements<Paragraph>().Select(p => p.InnerText).ToList();

    /// <summary>The texts of the paragraphs styled as first-level headings, in order.</summary>
    public IReadOnlyList<string> Headings => Body.Elements<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
        .Select(p => p.InnerText).ToList();

    public static async Task<WordReport> DownloadAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/Dashboard/Report?handler=Download&{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        return new WordReport(response, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>What Word would complain about when opening the file, checked against the Office 2019 schemas.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document)
            .Select(e => $"{e.Path?.XPath} {e.Part?.Uri}: {e.Description}").ToList();

    /// <summary>The paragraphs from the heading <paramref name="heading"/> to the next first-level heading.</summary>
    public string Section(string heading)
    {
        var inside = false;
        var texts = new List<string>();
        foreach (var element in Body.Elements())
        {
            var isHeading = element is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1";
            if (isHeading)
            {
                inside = element.InnerText == heading;
            }

            if (inside)
            {
                texts.AddRange(element is Paragraph ? [element.InnerText] : element.Descendants<Paragraph>().Select(x => x.InnerText));
            }
        }

        return string.Join('\n', texts);
    }

    /// <summary>The table under the heading that starts with <paramref name="heading"/>, as rows of cell texts (the header row first); none when the heading has no table.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TableAfter(string heading)
    {
        var start = Body.Elements<Paragraph>().First(p => p.InnerText.StartsWith(heading, StringComparison.Ordinal));
        var table = start.ElementsAfter().TakeWhile(e => e is not Paragraph p || p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not ("Heading1" or "Heading2"))
            .OfType<Table>().FirstOrDefault();
        return table is null ? [] : table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
    }

    /// <summary>The second cell of the table row whose first cell reads <paramref name="label"/>.</summary>
    public string Figure(string label) =>
        Body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Single(cells => cells[0] == label)[1];

    public static double Number(string text) =>
        double.Parse(text.Replace("%", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"));

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
        Response.Dispose();
    }
}
