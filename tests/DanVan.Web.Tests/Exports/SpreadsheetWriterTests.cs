using DanVan.Web.Exports;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Tests.Exports;

/// <summary>The spreadsheet writer on its own: text never becomes a formula, values keep their types, sheets stay valid.</summary>
public sealed class SpreadsheetWriterTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")")]
    [InlineData("+84 912 345 678")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=cmd|' /C calc'!A0")]
    [InlineData("\n=1")]
    public void Text_that_looks_like_a_formula_is_written_as_quoted_text(string text)
    {
        using var file = Write(new SheetTable("Dữ liệu", [text]).Add(text, SheetCell.Of(text)));

        var cells = file.AllCells.ToList();
        Assert.Equal(3, cells.Count);
        Assert.All(cells, cell =>
        {
            Assert.Null(cell.CellFormula);
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Equal(text, XlsxFile.Text(cell));
            Assert.True(file.Style(cell).QuotePrefix, $"{cell.CellReference} has no quote prefix.");
        });
    }

    [Fact]
    public void Ordinary_text_is_inline_text_without_quote_prefix()
    {
        using var file = Write(new SheetTable("Dữ liệu", ["Tên"]).Add("Phường Hàng Bạc – 1 = 1"));

        var cell = file.Rows("Dữ liệu")[1]["A"];
        Assert.Equal("Phường Hàng Bạc – 1 = 1", XlsxFile.Text(cell));
        Assert.False(file.Style(cell).QuotePrefix);
    }

    [Fact]
    public void Numbers_percentages_and_dates_are_numeric_cells_with_their_formats()
    {
        var table = new SheetTable("Số liệu", ["Số", "Thập phân", "Tỷ lệ", "Ngày", "Thời điểm", "Trống"])
            .Add(12, 2.5, SheetCell.Rate(0.625), new DateOnly(2026, 12, 14), SheetCell.Of(new DateTime(2026, 11, 26, 10, 30, 0)), SheetCell.Empty);

        using var file = Write(table);

        var row = file.Rows("Số liệu")[1];
        Assert.Equal(12, XlsxFile.Number(row["A"]));
        Assert.Equal("builtin:3", file.Style(row["A"]).Format);
        Assert.Equal(2.5, XlsxFile.Number(row["B"]));
        Assert.Equal(0.625, XlsxFile.Number(row["C"]));
        Assert.Equal("0.0%", file.Style(row["C"]).Format);
        Assert.Equal(new DateTime(2026, 12, 14), DateTime.FromOADate(XlsxFile.Number(row["D"])));
        Assert.Equal("dd/mm/yyyy", file.Style(row["D"]).Format);
        Assert.Equal(new DateTime(2026, 11, 26, 10, 30, 0), DateTime.FromOADate(XlsxFile.Number(row["E"])));
        Assert.Equal("dd/mm/yyyy hh:mm", file.Style(row["E"]).Format);
        Assert.False(row.ContainsKey("F"));
    }

    [Fact]
    public void Header_row_is_bold_frozen_and_filtered()
    {
        using var file = Write(new SheetTable("Bảng", ["A", "B", "C"]).Add("x", 1, 2).Add("y", 3, 4));

        var worksheet = file.Worksheet("Bảng");
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:C3", worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(3, worksheet.Descendants<Column>().Count());
        var header = file.Rows("Bảng")[0]["A"];
        var format = file.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value);
        Assert.NotNull(file.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
    }

    [Fact]
    public void The_workbook_passes_the_OpenXml_schema_validator()
    {
        using var file = Write(
            new SheetTable("Một", ["Tên", "Số", "Ngày"]).Add("=1", 1.5, new DateOnly(2026, 1, 1)),
            new SheetTable("Hai", ["Tỷ lệ"]).Add(SheetCell.Rate(1)),
            new SheetTable("Trống", ["-"]));

        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        using var file = Write(
            new SheetTable("Quý IV/2026: [tổng hợp]?*", ["A"]),
            new SheetTable("Một tên rất dài vượt quá ba mươi mốt ký tự cho phép", ["A"]),
            new SheetTable("Một tên rất dài vượt quá ba mươi mốt ký tự cho phép", ["A"]),
            new SheetTable("'trích'", ["A"]));

        Assert.Equal(["Quý IV-2026- -tổng hợp---", "Một tên rất dài vượt quá ba mươ", "Một tên rất dài vượt quá ba (2)", "trích"], file.SheetNames);
        Assert.All(file.SheetNames, name => Assert.True(name.Length <= 31));
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_and_long_text_is_cut()
    {
        using var file = Write(new SheetTable("Dữ liệu", ["A", "B"]).Add("a\u0001b\u0000c 😀", new string('x', 40000)));

        var row = file.Rows("Dữ liệu")[1];
        Assert.Equal("abc 😀", XlsxFile.Text(row["A"]));
        Assert.Equal(SpreadsheetWriter.MaxCellText, XlsxFile.Text(row["B"])!.Length);
    }

    private static XlsxFile Write(params SheetTable[] tables) => new(SpreadsheetWriter.Write(tables));
}
