using System.Globalization;
using DanVan.Web.Dashboard;
using DocumentFormat.OpenXml;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Exports;

/// <summary>
/// Section I part 4 (indicators in total, against the previous period) and the appendix: every agency that has not
/// reported, every agency that reported late (no cap: the document goes upward and stands on its own), and the indicators
/// by unit.
/// </summary>
internal static class ListSections
{
    public static IEnumerable<OpenXmlElement> Indicators(ConsolidatedReportData data)
    {
        yield return Docx.Heading2("4. Chỉ tiêu");
        var figures = data.Indicators;
        if (figures.Rows.Count == 0)
        {
            yield return Docx.Body("Chỉ thị chưa có chỉ tiêu định lượng để tổng hợp.");
            yield break;
        }

        var width = data.Layout.TextWidthTwips;
        var previous = data.View.PreviousPeriod is { } p ? PeriodPhrase(p) : "kỳ trước";
        yield return Docx.Body(
            "Số liệu tổng hợp từ các báo cáo đã gửi: chỉ tiêu tính bằng số lượng được cộng dồn; chỉ tiêu tính theo tỷ lệ (%) lấy bình quân của các báo cáo có số liệu. "
            + $"Ô ghi “{NoData}” là chưa có báo cáo đã gửi nào nêu giá trị của chỉ tiêu, khác với giá trị 0 do cơ quan, đơn vị báo cáo; số liệu theo đơn vị tại {IndicatorAppendix}.");
        var (ordinal, task, unit, total) = (width / 12, width / 9, width / 9, width / 7);
        yield return Docx.Grid(
            [ordinal, width - ordinal - task - unit - (2 * total), task, unit, total, total],
            ["STT", "Chỉ tiêu", "Nhiệm vụ", "Đơn vị tính", Capitalized(data.Period), Capitalized(previous)],
            figures.Rows.Select((r, i) => (IReadOnlyList<string>)[Ordinal(i), r.Name, r.TaskNumber, r.Unit, Value(r.Total.Value), Value(data.Previous(r)?.Value)]),
            column => column >= 4);
    }

    public static IEnumerable<OpenXmlElement> Appendix(ConsolidatedReportData data)
    {
        yield return Docx.Heading1OnNewPage(ConsolidatedReportText.Appendix);
        yield return Docx.Paragraph(DocxStyles.Block, Docx.Run($"(Kèm theo báo cáo {char.ToLower(data.Subject[0], CultureInfo.InvariantCulture)}{data.Subject[1..]})", Look.Emphasis));
        var width = data.Layout.TextWidthTwips;
        var (ordinal, place, head, when) = (width / 14, width / 5, width / 5, width / 5);

        var missing = data.Lists.Missing;
        yield return Docx.Heading2($"{MissingAppendix}: {Count(missing.Total)}");
        yield return missing.Items.Count == 0
            ? Docx.Body("Không có.")
            : Docx.Grid(
                [ordinal, width - ordinal - place - head, place, head],
                ["STT", "Cơ quan, đơn vị", "Địa bàn", "Người đứng đầu"],
                missing.Items.Select((a, i) => (IReadOnlyList<string>)[Ordinal(i), a.Name, a.UnitName, a.HeadName ?? string.Empty]));

        var late = data.Narrative.Late;
        yield return Docx.Heading2($"{LateAppendix}: {Count(late.Total)}");
        yield return late.Items.Count == 0
            ? Docx.Body("Không có.")
            : Docx.Grid(
                [ordinal, width - ordinal - place - head - when, place, head, when],
                ["STT", "Cơ quan, đơn vị", "Địa bàn", "Người đứng đầu", $"Thời điểm gửi (hạn ngày {Day(data.View.Period.DueOn)})"],
                late.Items.Select((a, i) => (IReadOnlyList<string>)[Ordinal(i), a.Name, a.UnitName, a.HeadName ?? string.Empty, Time(a.SubmittedAtUtc)]));

        var figures = data.Indicators;
        if (figures.Rows.Count == 0 || figures.Units.Count == 0)
        {
            yield break;
        }

        yield return Docx.Heading2(IndicatorAppendix);
        yield return Docx.Body("Cột (1), (2)… theo số thứ tự của chỉ tiêu ở mục I.4 của báo cáo.");
        var first = width * 3 / 10;
        var each = (width - first) / figures.Rows.Count;
        var widths = figures.Rows.Select((_, i) => i == figures.Rows.Count - 1 ? width - first - (each * i) : each).Prepend(first).ToList();
        yield return Docx.Grid(
            widths,
            figures.Rows.Select((_, i) => $"({Ordinal(i)})").Prepend("Đơn vị").ToList(),
            figures.Units.Select((u, c) => (IReadOnlyList<string>)figures.Rows.Select(r => Value(r.ByUnit[c].Value)).Prepend(UnitName(data, u)).ToList()),
            column => column > 0);
    }

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>A child unit by name; the viewed unit's own agencies as "Các cơ quan, đơn vị cấp thành phố".</summary>
    private static string UnitName(ConsolidatedReportData data, UnitColumn column) =>
        column.UnitId is null ? $"Các cơ quan, đơn vị {Level(data.View.Unit.Level).ToLower(CultureInfo.GetCultureInfo("vi-VN"))}" : column.Name;
}
