using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Web.Exports;

/// <summary>
/// Writes the consolidated report as a Word document (.docx) with the Open XML SDK: the header block of the issuer's
/// format, sections I–V (results; strengths; limitations and causes; directions; proposals, the assessments drafted from
/// the figures for the issuer to edit), the signature block, and the appendix of agencies missing or late; A4 with the format's margins; page numbers centred at the top of every
/// page but the first, as both formats prescribe.
/// </summary>
public static class ConsolidatedReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(ConsolidatedReportData data)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.AddTo(main, data.Layout);
            DocxStyles.AddSettings(main);
            var body = new Body();
            body.Append(HeaderBlock.Build(data));
            body.Append(GeneralSection.Build(data));
            body.Append(NarrativeSections.TaskResults(data));
            body.Append(ListSections.Indicators(data));
            body.Append(AssessmentSections.Strengths(data));
            body.Append(AssessmentSections.Limitations(data));
            body.Append(AssessmentSections.Directions(data));
            body.Append(NarrativeSections.Proposals(data));
            body.Append(SignatureBlock.Build(data));
            body.Append(ListSections.Appendix(data));
            body.Append(Docx.BlankBlock());
            body.Append(Section(main, data.Layout));
            main.Document = new Document(body);
            document.PackageProperties.Title = $"Báo cáo {data.Subject}";
            document.PackageProperties.Creator = data.Issuer.Name;
            document.PackageProperties.Language = DocxStyles.Language;
        }

        return stream.ToArray();
    }

    private static SectionProperties Section(MainDocumentPart main, PageLayout layout)
    {
        var pages = main.AddNewPart<HeaderPart>();
        pages.Header = new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Block }),
            new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Block })));
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pages) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (uint)PageLayout.A4WidthTwips, Height = (uint)PageLayout.A4HeightTwips, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = PageLayout.Twips(layout.TopMm),
                Bottom = PageLayout.Twips(layout.BottomMm),
                Left = (uint)PageLayout.Twips(layout.LeftMm),
                Right = (uint)PageLayout.Twips(layout.RightMm),
                Header = (uint)PageLayout.Twips(10),
                Footer = (uint)PageLayout.Twips(10),
                Gutter = 0,
            },
            new TitlePage());
    }
}
