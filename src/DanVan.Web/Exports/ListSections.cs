using System.Globalization;
using DanVan.Web.Dashboard;
using DocumentFormat.OpenXml;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Exports;

/// <summary>Section III (indicators, in total and by unit) and section IV (agencies that reported late or not at all, with their heads).</summary>
internal static class ListSections
{
    public static IEnumerable<OpenXmlElement> Indicators(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(ConsolidatedReportText.Indicators);
        var figures = data.Indicators;
        if (figures.Rows.Count == 0)
        {
            yield return Docx.Body("Chỉ thị chưa có chỉ tiêu định lượng để tổng hợp.");
            yield break;
        }

        var width = data.Layout.TextWidthTwips;
        yield return Docx.Body(
            "Số liệu tổng hợp từ các báo cáo đã gửi: chỉ tiêu tính bằng số lượng được cộng dồn; chỉ tiêu tính theo tỷ lệ (%) lấy bình quân của các báo cáo có số liệu. "
            + $"Ô ghi “{NoData}” là chưa có báo cáo đã gửi nào nêu giá trị của chỉ tiêu, khác với giá trị 0 do cơ quan, đơn vị báo cáo.");
        var (ordinal, task, unit, total) = (width / 12, width / 8, width / 8, width / 7);
        yield return Docx.Grid(
            [ordinal, width - ordinal - task - unit - total, task, unit, total],
            ["STT", "Chỉ tiêu", "Nhiệm vụ", "Đơn vị tính", "Tổng"],
            figures.Rows.Select((r, i) => (IReadOnlyList<string>)[Ordinal(i), r.Name, r.TaskNumber, r.Unit, Value(r.Total.Value)]),
            column => column == 4);
        if (figures.Units.Count == 0)
        {
            yield break;
        }

        yield return Docx.Body("Chỉ tiêu theo đơn vị (cột (1), (2)… theo số thứ tự của chỉ tiêu ở bảng trên):");
        var first = width * 3 / 10;
        var each = (width - first) / figures.Rows.Count;
        var widths = figures.Rows.Select((_, i) => i == figures.Rows.Count - 1 ? width - first - (each * i) : each).Prepend(first).ToList();
        yield return Docx.Grid(
            widths,
            figures.Rows.Select((_, i) => $"({Ordinal(i)})").Prepend("Đơn vị").ToList(),
            figures.Units.Select((u, c) => (IReadOnlyList<string>)figures.Rows.Select(r => Value(r.ByUnit[c].Value)).Prepend(UnitName(data, u)).ToList()),
            column => column > 0);
    }

    public static IEnumerable<OpenXmlElement> LateOrMissing(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(ConsolidatedReportText.LateOrMissing);
        var width = data.Layout.TextWidthTwips;
        var late = data.Narrative.Late;
        yield return Docx.Heading2($"1. Cơ quan, đơn vị gửi báo cáo chậm: {Count(late.Total)}");
        var ordinal = width / 14;
        var when = width / 5;
        var place = width / 5;
        var head = width / 5;
        if (late.Items.Count > 0)
        {
            yield return Docx.Grid(
                [ordinal, width - ordinal - place - head - when, place, head, when],
                ["STT", "Cơ quan, đơn vị", "Địa bàn", "Người đứng đầu", "Thời điểm gửi"],
                late.Items.Select((a, i) => (IReadOnlyList<string>)[Ordinal(i), a.Name, a.UnitName, a.HeadName ?? string.Empty, Time(a.SubmittedAtUtc)]));
        }

        foreach (var element in Rest(late.Items.Count, late.Total))
        {
            yield return element;
        }

        var missing = data.Lists.Missing;
        yield return Docx.Heading2($"2. Cơ quan, đơn vị chưa gửi báo cáo: {Count(missing.Total)}");
        if (missing.Items.Count > 0)
        {
            yield return Docx.Grid(
                [ordinal, width - ordinal - place - head, place, head],
                ["STT", "Cơ quan, đơn vị", "Địa bàn", "Người đứng đầu"],
                missing.Items.Select((a, i) => (IReadOnlyList<string>)[Ordinal(i), a.Name, a.UnitName, a.HeadName ?? string.Empty]));
        }

        foreach (var element in Rest(missing.Items.Count, missing.Total))
        {
            yield return element;
        }
    }

    private static IEnumerable<OpenXmlElement> Rest(int listed, int total)
    {
        if (total == 0)
        {
            yield return Docx.Body("Không có.");
        }
        else if (total > listed)
        {
            yield return Docx.Body($"(Còn {Count(total - listed)} cơ quan, đơn vị khác; danh sách đầy đủ xem trên trang tổng hợp của Cổng thông tin.)");
        }
    }

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A child unit by name; the viewed unit's own agencies as "Các cơ quan, đơn vị cấp thành phố".</summary>
    private static string UnitName(ConsolidatedReportData data, UnitColumn column) =>
        column.UnitId is null ? $"Các cơ quan, đơn vị {Level(data.View.Unit.Level).ToLower(CultureInfo.GetCultureInfo("vi-VN"))}" : column.Name;
}
