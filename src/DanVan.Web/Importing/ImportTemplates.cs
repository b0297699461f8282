using System.Text;
using DanVan.Domain.Importing;
using DanVan.Web.Exports;

namespace DanVan.Web.Importing;

/// <summary>The empty file of each kind that administrators fill in: the header row of <see cref="ImportColumns"/>, as .xlsx or as .csv (UTF-8 with a byte order mark, so that Excel shows Vietnamese).</summary>
public static class ImportTemplates
{
    public const string CsvContentType = "text/csv";

    public static string FileName(ImportKind kind, bool xlsx) => $"danvan-mau-{kind.ToString().ToLowerInvariant()}.{(xlsx ? "xlsx" : "csv")}";

    public static byte[] Xlsx(ImportKind kind) =>
        SpreadsheetWriter.Write([new SheetTable(kind.ToString(), ImportColumns.For(kind).Select(c => c.Name).ToList())]);

    public static byte[] Csv(ImportKind kind) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join(',', ImportColumns.For(kind).Select(c => c.Name)) + "\r\n")];
}
