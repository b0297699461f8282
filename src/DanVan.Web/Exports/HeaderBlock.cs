using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Web.Exports;

/// <summary>
/// The head of the report: a borderless two-column table (issuing body and number on the left; the Party's name, or the
/// national name and motto, with place and date on the right), the title "BÁO CÁO", its subject, and the opening line.
/// Party documents (HD 36) put a "*" under the issuing body and "-----" under the subject; state documents (NĐ 30) put
/// short rules under the issuing body and the subject, and underline the motto.
/// </summary>
internal static class HeaderBlock
{
    /// <summary>The left column's width in twips: about 8 cm for Party documents, 6.5 cm for state documents, whose right column holds the longer national name.</summary>
    private const int PartyLeft = 4535;
    private const int StateLeft = 3685;

    /// <summary>Cell margins left and right of a layout table's cell.</summary>
    private const int CellMargins = 216;

    public static IEnumerable<OpenXmlElement> Build(ConsolidatedReportData data)
    {
        var width = data.Layout.TextWidthTwips;
        var party = data.Format == ReportFormat.Party;
        var left = party ? PartyLeft : StateLeft;
        var year = data.Today.Year;
        yield return Docx.Layout([left, width - left], party ? PartyIssuer(data.Issuer) : StateIssuer(data.Issuer, left), party ? PartyRight(year) : StateRight(year));
        yield return Docx.Text(DocxStyles.Title, ConsolidatedReportText.Title, new Look(HalfPoints: party ? 30 : 28));
        yield return Docx.Paragraph(DocxStyles.Block, JustificationValues.Center, Docx.Run(data.Subject, Look.Strong));
        yield return party ? Docx.Block("-----") : Docx.Rule(width, width / 4);
        yield return Docx.BlankBlock();
        yield return Docx.Body($"Thực hiện Chỉ thị số {data.View.Directive.Code} của {data.View.Directive.IssuingBody}, {data.Issuer.Name} báo cáo kết quả thực hiện {data.Period} trên địa bàn {data.Area} như sau:");
    }

    private static List<OpenXmlElement> PartyIssuer(Issuer issuer)
    {
        var lines = new List<OpenXmlElement>();
        if (OfficialFormat.SuperiorLine(issuer) is { } superior)
        {
            lines.Add(Docx.Block(superior));
        }

        lines.Add(Docx.Block(OfficialFormat.IssuerLine(issuer), Look.Strong));
        lines.Add(Docx.Block("*"));
        lines.Add(Docx.Block(OfficialFormat.NumberLine(issuer)));
        return lines;
    }

    private static List<OpenXmlElement> PartyRight(int year) =>
    [
        Docx.Block(ConsolidatedReportText.PartyName, new Look(Bold: true, Underline: true, HalfPoints: 30)),
        Docx.BlankBlock(),
        Docx.BlankBlock(),
        Docx.Block(ConsolidatedReportText.PlaceAndDate(year), Look.Emphasis),
    ];

    private static List<OpenXmlElement> StateIssuer(Issuer issuer, int left)
    {
        var lines = new List<OpenXmlElement>();
        var size = new Look(HalfPoints: 26);
        if (OfficialFormat.SuperiorLine(issuer) is { } superior)
        {
            lines.Add(Docx.Block(superior, size));
        }

        lines.Add(Docx.Block(OfficialFormat.IssuerLine(issuer), size with { Bold = true }));
        lines.Add(Docx.Rule(left - CellMargins, (left - CellMargins) / 3));
        lines.Add(Docx.Block(OfficialFormat.NumberLine(issuer), size));
        return lines;
    }

    private static List<OpenXmlElement> StateRight(int year) =>
    [
        Docx.Block(ConsolidatedReportText.NationalName, new Look(Bold: true, HalfPoints: 24)),
        Docx.Block(ConsolidatedReportText.NationalMotto, new Look(Bold: true, Underline: true, HalfPoints: 28)),
        Docx.BlankBlock(),
        Docx.Block(ConsolidatedReportText.PlaceAndDate(year), Look.Emphasis),
    ];
}
