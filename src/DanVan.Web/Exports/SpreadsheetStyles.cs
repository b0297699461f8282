using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Exports;

/// <summary>The few cell styles an export needs, by their index in <see cref="Create"/>'s cell formats.</summary>
internal static class SpreadsheetStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Integer = 2;
    public const uint Decimal = 3;
    public const uint Percent = 4;
    public const uint Date = 5;
    public const uint DateTime = 6;

    /// <summary>Text that a spreadsheet would otherwise read as a formula when edited: shown and kept as text.</summary>
    public const uint QuotedText = 7;

    /// <summary>A header cell whose text begins like a formula (a task number or unit name typed that way).</summary>
    public const uint QuotedHeader = 8;

    /// <summary>The first title line above a table: bold, larger.</summary>
    public const uint Title = 9;

    /// <summary>The first of the marked cells, one per <see cref="SheetFill"/> after None, in the enum's order.</summary>
    private const uint FirstMarked = 10;

    /// <summary>The fills' colours (ARGB), in the order of <see cref="SheetFill"/> after None.</summary>
    private static readonly string[] FillColours = ["FFC6EFCE", "FFE2EFDA", "FFDDEBF7", "FFFFEB9C", "FFFFC7CE", "FFEDEDED"];

    public const string PercentFormat = "0.0%";
    public const string DateFormat = "dd/mm/yyyy";
    public const string DateTimeFormat = "dd/mm/yyyy hh:mm";

    private const uint PercentFormatId = 164;
    private const uint DateFormatId = 165;
    private const uint DateTimeFormatId = 166;

    /// <summary>Built-in number formats: "#,##0" and "#,##0.00".</summary>
    private const uint IntegerFormatId = 3;
    private const uint DecimalFormatId = 4;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = PercentFormat },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormat },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = DateTimeFormat })
        { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Calibri" }))
        { Count = 3 },
        new Fills(
            [
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }),
                .. FillColours.Select(c => new Fill(new PatternFill(new ForegroundColor { Rgb = c }) { PatternType = PatternValues.Solid })),
            ])
        { Count = (uint)(3 + FillColours.Length) },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            [
                Format(0),
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                {
                    NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
                },
                Format(IntegerFormatId),
                Format(DecimalFormatId),
                Format(PercentFormatId),
                Format(DateFormatId),
                Format(DateTimeFormatId),
                new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                {
                    NumberFormatId = 49, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, QuotePrefix = true, ApplyNumberFormat = true, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
                },
                new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                .. FillColours.Select((_, i) => new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center })
                {
                    NumberFormatId = 0, FontId = 0, FillId = (uint)(3 + i), BorderId = 1, FormatId = 0, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
                }),
            ])
        { Count = FirstMarked + (uint)FillColours.Length },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(uint numberFormatId) => new()
    {
        NumberFormatId = numberFormatId,
        FontId = 0,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormatId != 0,
    };

    /// <summary>The style of a marked cell with <paramref name="fill"/> (not None).</summary>
    public static uint Marked(SheetFill fill) => FirstMarked + (uint)fill - 1;

    private static T Thin<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    /// <summary>The style of a number: whole numbers without decimals, others with two.</summary>
    public static uint ForNumber(double value) => Math.Abs(value % 1) < 1e-9 ? Integer : Decimal;

    /// <summary>True for text that begins like a formula (= + - @) or with a control character some programs strip first.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';
}
