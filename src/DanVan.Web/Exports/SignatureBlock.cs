using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Web.Exports;

/// <summary>
/// The closing sentence, kept on the page of the signature, then a borderless two-column table: the recipients ("Nơi nhận:") on the left, and on the right
/// the signing titles with blank lines for the signature and the signer's name, which the officer fills in. Party
/// documents underline "Nơi nhận:" at 14 pt with entries at 12 pt; state documents set it bold italic at 12 pt with entries at 11 pt.
/// </summary>
internal static class SignatureBlock
{
    private const int SignatureLines = 4;

    public static IEnumerable<OpenXmlElement> Build(ConsolidatedReportData data)
    {
        var closing = Docx.Body($"Trên đây là báo cáo kết quả thực hiện Chỉ thị số {data.View.Directive.Code} {data.Period} của {data.Issuer.Name}./.");
        closing.ParagraphProperties!.InsertAfter(new KeepNext(), closing.ParagraphProperties.ParagraphStyleId);
        yield return closing;
        var width = data.Layout.TextWidthTwips;
        var left = width * 9 / 20;
        var party = data.Format == ReportFormat.Party;
        var heading = party ? new Look(Underline: true, HalfPoints: 28) : new Look(Bold: true, Italic: true, HalfPoints: 24);
        var entry = new Look(HalfPoints: party ? 24 : 22);
        var recipients = OfficialFormat.Recipients(data.Issuer).Select(r => (OpenXmlElement)Left(r, entry))
            .Prepend(Left(ConsolidatedReportText.Recipients, heading)).ToList();
        var signature = OfficialFormat.SignatureTitles(data.Issuer).Select(t => (OpenXmlElement)Docx.Block(t, Look.Strong))
            .Concat(Enumerable.Range(0, SignatureLines + 1).Select(_ => Docx.BlankBlock())).ToList();
        yield return Docx.Layout([left, width - left], recipients, signature);
    }

    private static Paragraph Left(string text, Look look) => Docx.Paragraph(DocxStyles.Block, JustificationValues.Left, Docx.Run(text, look));
}
