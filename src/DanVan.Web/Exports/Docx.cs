using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Web.Exports;

/// <summary>How a run of text looks, beyond its paragraph's style; <see cref="HalfPoints"/> null keeps the style's size.</summary>
internal sealed record Look(bool Bold = false, bool Italic = false, bool Underline = false, int? HalfPoints = null)
{
    public static readonly Look Plain = new();
    public static readonly Look Strong = new(Bold: true);
    public static readonly Look Emphasis = new(Italic: true);
}

/// <summary>
/// Small builders of WordprocessingML elements, in the order the schema wants their children. Content is passed as
/// arrays, never as IEnumerable: an element is itself an enumerable of its children, and would be taken apart.
/// </summary>
internal static class Docx
{
    public static Run Run(string text, Look? look = null)
    {
        var run = new Run();
        if (look is not null && look != Look.Plain)
        {
            var properties = new RunProperties();
            if (look.Bold)
            {
                properties.Append(new Bold(), new BoldComplexScript());
            }

            if (look.Italic)
            {
                properties.Append(new Italic(), new ItalicComplexScript());
            }

            if (look.HalfPoints is { } size)
            {
                var value = size.ToString(CultureInfo.InvariantCulture);
                properties.Append(new FontSize { Val = value }, new FontSizeComplexScript { Val = value });
            }

            if (look.Underline)
            {
                properties.Append(new Underline { Val = UnderlineValues.Single });
            }

            run.Append(properties);
        }

        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Paragraph Paragraph(string style, params OpenXmlElement[] content) =>
        Paragraph(style, null, content);

    public static Paragraph Paragraph(string style, JustificationValues? justification, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (justification is { } value)
        {
            properties.Append(new Justification { Val = value });
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Text(string style, string text, Look? look = null) => Paragraph(style, Run(text, look));

    public static Paragraph Body(string text) => Text(DocxStyles.Body, text);

    public static Paragraph Heading1(string text) => Text(DocxStyles.Heading1, text);

    public static Paragraph Heading2(string text) => Text(DocxStyles.Heading2, text);

    public static Paragraph Heading3(string text) => Text(DocxStyles.Heading3, text);

    /// <summary>A first-level heading that starts a new page (the appendix).</summary>
    public static Paragraph Heading1OnNewPage(string text)
    {
        var heading = Heading1(text);
        heading.ParagraphProperties!.InsertAfter(new PageBreakBefore(), heading.ParagraphProperties.ParagraphStyleId);
        return heading;
    }

    /// <summary>A centred line of the header or signature block.</summary>
    public static Paragraph Block(string text, Look? look = null) => Text(DocxStyles.Block, text, look);

    /// <summary>An empty line of the header or signature block (room for a signature).</summary>
    public static Paragraph BlankBlock() => Paragraph(DocxStyles.Block);

    /// <summary>
    /// A short horizontal rule, centred in a space <paramref name="space"/> twips wide: an empty paragraph 4 pt high whose
    /// bottom border is the line, so that it sits just under the text above it.
    /// </summary>
    public static Paragraph Rule(int space, int width)
    {
        var side = Math.Max(0, (space - width) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.Block },
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { After = "120", Line = "80", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side, Right = side }));
    }

    /// <summary>A table of figures: bordered, fixed column widths, a bold header row repeated on every page.</summary>
    public static Table Grid(IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, Func<int, bool>? numeric = null)
    {
        var table = Table(widths, DocxStyles.Grid);
        var head = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        head.Append(header.Select((text, i) => Cell(widths[i], [Paragraph(DocxStyles.Cell, JustificationValues.Center, Run(text, Look.Strong))])));
        table.Append(head);
        foreach (var row in rows)
        {
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            line.Append(row.Select((text, i) => Cell(widths[i], [Paragraph(DocxStyles.Cell, numeric?.Invoke(i) == true ? JustificationValues.Right : null, Run(text))])));
            table.Append(line);
        }

        return table;
    }

    /// <summary>A borderless table that lays out blocks side by side (header, signature), one row kept on one page.</summary>
    public static Table Layout(IReadOnlyList<int> widths, params IReadOnlyList<IReadOnlyList<OpenXmlElement>> cells)
    {
        var table = Table(widths, null);
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(cells.Select((content, i) => Cell(widths[i], content)));
        table.Append(row);
        return table;
    }

    /// <summary>
    /// Text as it may go into the document: characters XML 1.0 does not allow (control characters a browser may have let
    /// through), line breaks and tabs become spaces, runs of spaces one space.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || (char.IsWhiteSpace(c) && c != '\u00A0');
            if (!space)
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>A table filling <paramref name="widths"/>; without a style it has no borders at all.</summary>
    private static Table Table(IReadOnlyList<int> widths, string? style)
    {
        var properties = new TableProperties();
        if (style is not null)
        {
            properties.Append(new TableStyle { Val = style });
        }

        properties.Append(new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (style is null)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    private static TableCell Cell(int width, IReadOnlyList<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content.Count > 0 ? content : [new Paragraph()]);
        return cell;
    }
}
