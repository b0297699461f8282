using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Web.Exports;

/// <summary>
/// The report's style sheet and settings: Times New Roman for every script (Latin, East Asian, complex), Vietnamese as
/// the language, the body size of the format, headings Word recognises (navigation pane, table of contents), a bordered
/// table style for figures. Paragraphs refer to these styles instead of repeating formatting, so that the officer can
/// restyle the whole report in Word.
/// </summary>
internal static class DocxStyles
{
    public const string Font = "Times New Roman";
    public const string Language = "vi-VN";

    public const string Body = "DvBody";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Title = "Title";
    public const string Quote = "DvQuote";
    public const string Cell = "DvCell";
    public const string Block = "DvBlock";
    public const string Grid = "DvGrid";

    /// <summary>Paragraph spacing in twentieths of a point: 6 pt between paragraphs (before body text, so also after a table), line height 1.15.</summary>
    private const string After = "120";
    private const string Line = "276";

    public static void AddTo(MainDocumentPart main, PageLayout layout)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        var size = layout.BodyHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = After, Line = Line, LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
            {
                Type = StyleValues.Character,
                StyleId = "DefaultParagraphFont",
                Default = true,
            },
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            {
                Type = StyleValues.Table,
                StyleId = "TableNormal",
                Default = true,
            },
            Paragraph(Body, "Body Text DanVan", new ParagraphProperties(new SpacingBetweenLines { Before = After, After = "0" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both })),
            Paragraph(
                Heading1,
                "heading 1",
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = After }, new Justification { Val = JustificationValues.Both }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph(
                Heading2,
                "heading 2",
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = After }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph(
                Heading3,
                "heading 3",
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "0" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }, new OutlineLevel { Val = 2 }),
                new StyleRunProperties(new Bold(), new BoldComplexScript(), new Italic(), new ItalicComplexScript())),
            Paragraph(
                Title,
                "Title",
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "0" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph(Quote, "Quote DanVan", new ParagraphProperties(new SpacingBetweenLines { Before = After, After = "0" }, new Indentation { Left = "567" }, new Justification { Val = JustificationValues.Both })),
            Paragraph(Block, "Header Block DanVan", new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center })),
            Paragraph(
                Cell,
                "Table Text DanVan",
                new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
            GridStyle());
    }

    /// <summary>Word opens the file in its current mode rather than in compatibility mode.</summary>
    public static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = Language });
    }

    private static Style Paragraph(string id, string name, ParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = id is Heading1 or Heading2 or Heading3 ? Body : id }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    /// <summary>Single borders round every cell, cell margins of 0.1 cm.</summary>
    private static Style GridStyle()
    {
        static T Border<T>()
            where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" };
        return new Style(
            new StyleName { Val = "Table Grid DanVan" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = Grid,
        };
    }
}
