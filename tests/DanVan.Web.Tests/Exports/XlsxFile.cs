using System.Globalization;
using System.Net;
using DanVan.Web.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace DanVan.Web.Tests.Exports;

/// <summary>An .xlsx file opened read-only with the OpenXml SDK, with what the tests read from it.</summary>
public sealed class XlsxFile : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;

    public XlsxFile(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        _document = SpreadsheetDocument.Open(_stream, false);
    }

    /// <summary>GETs an export, checks it is a spreadsheet, and opens it.</summary>
    public static async Task<XlsxFile> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        return new XlsxFile(await response.Content.ReadAsByteArrayAsync());
    }

    public WorkbookPart WorkbookPart => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    /// <summary>Every cell of every sheet.</summary>
    public IEnumerable<Cell> AllCells => WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>());

    public Worksheet Worksheet(string name)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().SingleOrDefault(s => s.Name == name)
            ?? throw new InvalidOperationException($"No sheet named '{name}' among {string.Join(", ", SheetNames)}.");
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>The rows of the sheet's table (its autofilter's range: the header row, then the data rows), each as its cells by column letter.</summary>
    public IReadOnlyList<Dictionary<string, Cell>> Rows(string name)
    {
        var (first, last) = TableRows(name);
        return RowsWhere(name, n => n >= first && n <= last);
    }

    /// <summary>The texts of the rows above the table (its title lines).</summary>
    public IReadOnlyList<string> Titles(string name)
    {
        var (first, _) = TableRows(name);
        return RowsWhere(name, n => n < first).Select(r => r.Values.Select(c => Text(c)).FirstOrDefault() ?? string.Empty).ToList();
    }

    /// <summary>The rows below the table (a legend), each as its cells by column letter.</summary>
    public IReadOnlyList<Dictionary<string, Cell>> Notes(string name)
    {
        var (_, last) = TableRows(name);
        return RowsWhere(name, n => n > last);
    }

    /// <summary>The first and last row numbers of the sheet's autofilter range.</summary>
    public (uint First, uint Last) TableRows(string name)
    {
        var range = Worksheet(name).Descendants<AutoFilter>().Single().Reference!.Value!.Split(':');
        static uint Number(string reference) => uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        return (Number(range[0]), Number(range[^1]));
    }

    /// <summary>The cell's fill colour (ARGB), or null when it has none.</summary>
    public string? FillColour(Cell cell)
    {
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var pattern = stylesheet.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0)).PatternFill;
        return pattern?.PatternType?.Value == PatternValues.Solid ? pattern.ForegroundColor?.Rgb?.Value : null;
    }

    private List<Dictionary<string, Cell>> RowsWhere(string name, Func<uint, bool> number) =>
        Worksheet(name).Descendants<Row>().Where(r => number(r.RowIndex!.Value))
            .Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray())))
            .ToList();

    /// <summary>The header row's texts.</summary>
    public IReadOnlyList<string> Headers(string name) => Rows(name)[0].Values.Select(c => Text(c) ?? string.Empty).ToList();

    /// <summary>The data rows keyed by header text.</summary>
    public IReadOnlyList<Dictionary<string, Cell>> Table(string name)
    {
        var rows = Rows(name);
        var headers = rows[0].ToDictionary(h => h.Key, h => Text(h.Value)!);
        return rows.Skip(1).Select(r => r.ToDictionary(c => headers[c.Key], c => c.Value)).ToList();
    }

    public static string? Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : null;

    public static bool IsNumeric(Cell cell) => (cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.CellFormula is null && cell.CellValue is not null;

    public static double Number(Cell cell)
    {
        Assert.True(IsNumeric(cell), $"{cell.CellReference} is not a numeric cell.");
        return double.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The cell's format: its number format code (custom ones only; built-in formats as "builtin:N") and quote prefix.</summary>
    public (string Format, bool QuotePrefix) Style(Cell cell)
    {
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(n => n.NumberFormatId?.Value == id);
        return (custom?.FormatCode?.Value ?? $"builtin:{id}", format.QuotePrefix?.Value ?? false);
    }

    /// <summary>What the OpenXml SDK's schema validator finds wrong with the file (nothing, for a valid workbook).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator().Validate(_document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}
