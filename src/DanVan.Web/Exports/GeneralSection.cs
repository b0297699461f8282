using DanVan.Web.Dashboard;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Exports;

/// <summary>Section I, parts 1 and 2: the headline figures of the dashboard, reporting by level and task lines by status.</summary>
internal static class GeneralSection
{
    public static IEnumerable<OpenXmlElement> Build(ConsolidatedReportData data)
    {
        var total = data.Reporting.Total;
        var width = data.Layout.TextWidthTwips;
        yield return Docx.Heading1(ConsolidatedReportText.Results);
        yield return Docx.Body(
            $"Trong {data.Period} (số liệu từ ngày {Day(data.View.Period.DataFrom)} đến ngày {Day(data.View.Period.DataTo)}, hạn gửi báo cáo ngày "
            + $"{Day(data.View.Period.DueOn)}), có {Count(total.Expected)} cơ quan, đơn vị được giao nhiệm vụ phải báo cáo; {Count(total.Submitted)} "
            + $"cơ quan, đơn vị đã gửi báo cáo{RatePhrase(total.Rate)}, trong đó {Count(total.OnTime)} báo cáo gửi đúng hạn, {Count(total.Late)} "
            + $"báo cáo gửi chậm; {Count(total.Missing)} cơ quan, đơn vị chưa gửi báo cáo. Đã chấp nhận {Count(total.Accepted)} báo cáo, trả lại "
            + $"{Count(total.Returned)} báo cáo để bổ sung, hoàn thiện; {Count(total.AwaitingReview)} báo cáo đang chờ thẩm định.");

        yield return Docx.Heading2("1. Tình hình gửi báo cáo");
        var label = width * 3 / 4;
        yield return Docx.Grid(
            [label, width - label],
            ["Nội dung", "Số lượng"],
            [
                [Expected, Count(total.Expected)],
                [Submitted, Count(total.Submitted)],
                [Rate, Percent(total.Rate)],
                [OnTime, Count(total.OnTime)],
                [Late, Count(total.Late)],
                [Missing, Count(total.Missing)],
                [Accepted, Count(total.Accepted)],
                [Returned, Count(total.Returned)],
                [Awaiting, Count(total.AwaitingReview)],
            ],
            column => column == 1);
        if (data.Reporting.ByLevel.Count > 0)
        {
            yield return Docx.Body("Tình hình gửi báo cáo theo cấp:");
            yield return ByLevel(data.Reporting, width);
        }

        yield return Docx.Heading2("2. Tình hình thực hiện nhiệm vụ");
        var statuses = data.Statuses;
        if (statuses.Total == 0)
        {
            yield return Docx.Body("Chưa có báo cáo nào đã gửi trong kỳ nên chưa tổng hợp được tình hình thực hiện nhiệm vụ.");
            yield break;
        }

        yield return Docx.Body(
            $"Các báo cáo đã gửi nêu {Count(statuses.Total)} lượt thực hiện nhiệm vụ; tình trạng tính đến ngày {Day(data.View.AsOf)} như sau:");
        var name = width / 2;
        // Every status appears, those with no line too, so that the table reads the same from one period to the next.
        yield return Docx.Grid(
            [name, (width - name) / 2, width - name - ((width - name) / 2)],
            ["Tình trạng", "Số lượt", "Tỷ lệ"],
            DashboardQueries.StatusesBestFirst.Select(s => (IReadOnlyList<string>)[Status(s), Count(statuses[s]), Percent((double)statuses[s] / statuses.Total)])
                .Append([TaskLinesTotal, Count(statuses.Total), Percent(1)]),
            column => column > 0);
    }

    /// <summary>", đạt 87,5%", or " (tỷ lệ gửi báo cáo: chưa có số liệu)" when no agency had to report.</summary>
    private static string RatePhrase(double? rate) => rate is null ? $" (tỷ lệ gửi báo cáo: {NoData})" : $", đạt {Percent(rate)}";

    private static Table ByLevel(ReportingFigures reporting, int width)
    {
        var first = width * 3 / 10;
        var rest = (width - first) / 6;
        var widths = new[] { first, rest, rest, rest, rest, rest, width - first - (5 * rest) };
        var rows = reporting.ByLevel.Select(l => Row(Level(l.Level), l.Counts));
        if (reporting.ByLevel.Count > 1)
        {
            rows = rows.Append(Row(TotalLabel, reporting.Total));
        }

        return Docx.Grid(widths, ["Cấp", "Phải báo cáo", "Đã gửi", "Tỷ lệ", "Đúng hạn", "Chậm", "Chưa gửi"], rows, column => column > 0);
    }

    private static IReadOnlyList<string> Row(string name, ReportingCounts c) =>
        [name, Count(c.Expected), Count(c.Submitted), Percent(c.Rate), Count(c.OnTime), Count(c.Late), Count(c.Missing)];
}
