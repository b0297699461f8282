using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Exports;

/// <summary>
/// How every sheet of an export prints: on A4, fitted to one page wide and as many pages long as it takes
/// (fitToWidth 1, fitToHeight 0, which spreadsheets apply only with the sheet's fitToPage property), landscape when the
/// columns together are wider than a portrait page holds, narrow margins, the page number and count in the footer. The
/// header row is repeated on every page by the workbook's _xlnm.Print_Titles name, which <see cref="SpreadsheetWriter"/> writes.
/// </summary>
internal static class SpreadsheetPrint
{
    public const string PrintTitles = "_xlnm.Print_Titles";

    /// <summary>The widest sheet, in characters of the default font, that prints on a portrait A4 page at a readable scale.</summary>
    public const int PortraitWidth = 100;

    private const uint A4 = 9;

    public static SheetProperties FitToPage() => new(new PageSetupProperties { FitToPage = true });

    public static void AppendPageSetup(Worksheet worksheet, int width) => worksheet.Append(
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup
        {
            PaperSize = A4,
            Orientation = width > PortraitWidth ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        },
        new HeaderFooter(new OddFooter("&C&P / &N")));
}
