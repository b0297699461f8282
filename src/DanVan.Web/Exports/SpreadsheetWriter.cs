using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Exports;

/// <summary>
/// Writes <see cref="SheetTable"/>s to an .xlsx workbook with the OpenXml SDK: title lines when the table has them, a
/// bold header row that stays frozen while scrolling, carries an autofilter and is repeated on every printed page, a
/// legend below the table when it has one, every sheet set to print on A4 fitted to the page's width (landscape when the
/// columns are wide, <see cref="SpreadsheetPrint"/>), column widths fitted to the content, numbers, percentages and dates as
/// numeric cells with their number formats. Text is always an inline string, which a spreadsheet never evaluates; text
/// that begins like a formula (= + - @) is also marked with a quote prefix, so that it stays text when a user edits the
/// cell. No cell ever carries a formula. An empty <see cref="SheetCell"/> (a missing figure) writes no cell at all, so
/// that a spreadsheet sees a blank, which its functions skip, rather than a 0.
/// </summary>
public static class SpreadsheetWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most characters a cell may hold.</summary>
    public const int MaxCellText = 32767;

    public const int MaxSheetName = 31;

    private const int MinWidth = 8;
    private const int MaxWidth = 60;

    public static byte[] Write(IEnumerable<SheetTable> tables, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = SpreadsheetStyles.Create();
            var sheets = new Sheets();
            var filters = new DefinedNames();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in tables)
            {
                var index = (uint)sheets.ChildElements.Count;
                var part = workbook.AddNewPart<WorksheetPart>();
                var (worksheet, range, header) = Worksheet(table, index == 0);
                part.Worksheet = worksheet;
                var name = UniqueName(SheetName(table.Name), used);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = index + 1, Name = name });
                var quoted = $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";
                filters.Append(new DefinedName($"{quoted}!{range}") { Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true });
                filters.Append(new DefinedName($"{quoted}!${header}:${header}") { Name = SpreadsheetPrint.PrintTitles, LocalSheetId = index });
            }

            workbook.Workbook = new Workbook(sheets, filters);
            document.PackageProperties.Creator = "DanVan";
            document.PackageProperties.Title = title;
        }

        return stream.ToArray();
    }

    /// <summary>A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe.</summary>
    public static string SheetName(string name)
    {
        var cleaned = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '-' : c).ToArray()).Trim().Trim('\'');
        cleaned = cleaned.Length > MaxSheetName ? cleaned[..MaxSheetName].TrimEnd().TrimEnd('\'') : cleaned;
        return cleaned.Length == 0 ? "Sheet" : cleaned;
    }

    /// <summary>The column's letters: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var unique = name;
        for (var n = 2; !used.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = name[..Math.Min(name.Length, MaxSheetName - suffix.Length)] + suffix;
        }

        return unique;
    }

    /// <summary>The sheet, its table's range (header and data rows) and the header's row number, which printing repeats on every page.</summary>
    private static (Worksheet Worksheet, string Range, uint Header) Worksheet(SheetTable table, bool selected)
    {
        var columns = Math.Max(1, Math.Max(table.Headers.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty().Max()));
        var widths = new int[columns];
        var data = new SheetData();
        var titles = new int[columns];
        for (var i = 0; i < table.Titles.Count; i++)
        {
            data.Append(Row((uint)i + 1, [SheetCell.Of(table.Titles[i])], titles, i == 0 ? SpreadsheetStyles.Title : null));
        }

        var header = table.Titles.Count == 0 ? 1u : (uint)table.Titles.Count + 2;
        data.Append(Row(header, table.Headers.Select(h => SheetCell.Of(h)).ToList(), widths, SpreadsheetStyles.Header));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            data.Append(Row(header + 1 + (uint)i, table.Rows[i], widths, null));
        }

        var last = header + (uint)table.Rows.Count;
        for (var i = 0; i < table.Notes.Count; i++)
        {
            data.Append(Row(last + 2 + (uint)i, table.Notes[i], titles, null));
        }

        var range = $"$A${header}:${ColumnName(columns)}${last}";
        var top = $"A{header + 1}";
        var view = new SheetView(
            new Pane { VerticalSplit = header, TopLeftCell = top, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = top, SequenceOfReferences = new ListValue<StringValue> { InnerText = top } })
        {
            WorkbookViewId = 0,
            TabSelected = selected,
        };
        var fitted = widths.Select(w => Math.Clamp(w + 2, MinWidth, MaxWidth)).ToList();
        var cols = new Columns(fitted.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var worksheet = new Worksheet(
            SpreadsheetPrint.FitToPage(),
            new SheetViews(view),
            cols,
            data,
            new AutoFilter { Reference = range.Replace("$", string.Empty, StringComparison.Ordinal) });
        SpreadsheetPrint.AppendPageSetup(worksheet, fitted.Sum());
        return (worksheet, range, header);
    }

    /// <summary>A row of cells; <paramref name="style"/> sets every text cell's style (a header, a title), else each cell's kind and fill decide.</summary>
    private static Row Row(uint number, IReadOnlyList<SheetCell> cells, int[] widths, uint? style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i + 1) + number.ToString(CultureInfo.InvariantCulture);
            if (Cell(reference, cells[i], style) is { } cell)
            {
                row.Append(cell);
                if (i < widths.Length)
                {
                    widths[i] = Math.Max(widths[i], Width(cells[i]));
                }
            }
        }

        return row;
    }

    private static Cell? Cell(string reference, SheetCell value, uint? style) => value.Kind switch
    {
        SheetCellKind.Text => TextCell(reference, value.Text ?? string.Empty, style ?? (value.Fill == SheetFill.None ? SpreadsheetStyles.Default : SpreadsheetStyles.Marked(value.Fill))),
        SheetCellKind.Number => NumberCell(reference, value.Number, SpreadsheetStyles.ForNumber(value.Number)),
        SheetCellKind.Percent => NumberCell(reference, value.Number, SpreadsheetStyles.Percent),
        SheetCellKind.Date => NumberCell(reference, value.Number, SpreadsheetStyles.Date),
        SheetCellKind.DateTime => NumberCell(reference, value.Number, SpreadsheetStyles.DateTime),
        _ => null,
    };

    /// <summary>Text in <paramref name="style"/>; text that begins like a formula takes the quoted form of a header or of plain text instead.</summary>
    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = !SpreadsheetStyles.LooksLikeFormula(text) ? style : style == SpreadsheetStyles.Header ? SpreadsheetStyles.QuotedHeader : SpreadsheetStyles.QuotedText,
    };

    private static Cell? NumberCell(string reference, double value, uint style) =>
        double.IsFinite(value) ? new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(value) } : null;

    /// <summary>Drops characters XML cannot carry (most control characters) and cuts text to what a cell may hold.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxCellText));
        for (var i = 0; i < text.Length && builder.Length < MaxCellText; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]) && builder.Length + 1 < MaxCellText)
            {
                builder.Append(text, i++, 2);
            }
        }

        return builder.ToString();
    }

    private static int Width(SheetCell cell) => cell.Kind switch
    {
        SheetCellKind.Text => (cell.Text ?? string.Empty).Split('\n').Max(line => line.Length),
        SheetCellKind.Date => 10,
        SheetCellKind.DateTime => 16,
        SheetCellKind.Percent => 7,
        _ => 10,
    };
}
