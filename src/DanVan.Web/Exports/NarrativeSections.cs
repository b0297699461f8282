using System.Globalization;
using DanVan.Web.Dashboard;
using DocumentFormat.OpenXml;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Exports;

/// <summary>
/// What the reports say: section I part 3, task by task (what was done, in counts and indicators against the previous
/// period, and the most significant results quoted briefly from accepted reports with their agencies), and the grouped
/// difficulties and proposals, each printed once with how many agencies raised it (<see cref="RaisedGroups"/>).
/// </summary>
internal static class NarrativeSections
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IEnumerable<OpenXmlElement> TaskResults(ConsolidatedReportData data)
    {
        yield return Docx.Heading2("3. Kết quả thực hiện từng nhiệm vụ");
        var tasks = data.Narrative.Tasks;
        if (tasks.Count == 0)
        {
            yield return Docx.Body("Không có nhiệm vụ nào của Chỉ thị được giao cho cơ quan, đơn vị trong phạm vi báo cáo.");
            yield break;
        }

        var number = 1;
        foreach (var task in tasks)
        {
            yield return Docx.Heading3($"3.{number++}. Nhiệm vụ {task.Number}: {task.Title}");
            yield return Docx.Body(StatusSentence(task));
            foreach (var row in data.Indicators.Rows.Where(r => r.TaskNumber == task.Number))
            {
                yield return Docx.Body(IndicatorSentence(data, row));
            }

            if (task.Highlights.Items.Count == 0)
            {
                continue;
            }

            yield return Docx.Body($"Kết quả nổi bật của nhiệm vụ {task.Number} (trích báo cáo đã được chấp nhận):");
            foreach (var quote in task.Highlights.Items.GroupBy(q => Domain.SearchText.Fold(q.Text)))
            {
                yield return Docx.Paragraph(
                    DocxStyles.Quote,
                    Docx.Run("- “"),
                    Docx.Run(quote.First().Text.Trim(), Look.Emphasis),
                    Docx.Run("” — "),
                    Docx.Run(string.Join(", ", quote.Select(q => q.AgencyName).Distinct()) + ".", Look.Strong));
            }

            if (task.Highlights.Total > task.Highlights.Items.Count)
            {
                yield return Docx.Text(DocxStyles.Quote, $"(Nhiệm vụ {task.Number} còn {Count(task.Highlights.Total - task.Highlights.Items.Count)} báo cáo được chấp nhận nêu kết quả khác.)", Look.Emphasis);
            }
        }
    }

    public static IEnumerable<OpenXmlElement> Proposals(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(ConsolidatedReportText.Proposals);
        foreach (var element in Raised(data.Proposals, "đề xuất, kiến nghị"))
        {
            yield return element;
        }
    }

    /// <summary>
    /// An introduction with the counts, then each group once, the largest first: "- Text (12 cơ quan, đơn vị nêu: A, B… và
    /// 7 cơ quan, đơn vị khác).", and what is left beyond <see cref="RaisedGroups.Shown"/> groups counted.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Raised(RaisedSummary summary, string what)
    {
        if (summary.Texts == 0)
        {
            yield return Docx.Body($"Các báo cáo đã gửi trong kỳ không nêu {what}.");
            yield break;
        }

        yield return Docx.Body(
            $"{Count(summary.Agencies)} cơ quan, đơn vị nêu {Count(summary.Texts)} ý kiến về {what}; các ý kiến giống nhau được tổng hợp thành một, "
            + "xếp theo số cơ quan, đơn vị nêu (dự thảo để cơ quan chủ trì biên tập):");
        foreach (var group in summary.Groups)
        {
            yield return Docx.Paragraph(
                DocxStyles.Quote,
                Docx.Run($"- {group.Text.TrimEnd('.', ' ')} "),
                Docx.Run($"({Count(group.Agencies)} cơ quan, đơn vị nêu: {Names(group.Named, group.Agencies)}).", Look.Emphasis));
        }

        if (summary.OtherTexts > 0)
        {
            yield return Docx.Text(
                DocxStyles.Quote,
                $"- Ngoài ra còn {Count(summary.OtherTexts)} ý kiến khác về {what} của {Count(summary.OtherAgencies)} cơ quan, đơn vị.",
                Look.Emphasis);
        }
    }

    /// <summary>"Nhiệm vụ 1.4 được giao cho 19 cơ quan, đơn vị; các báo cáo đã gửi nêu 14 lượt: hoàn thành đúng hạn 3, đang thực hiện 11."</summary>
    private static string StatusSentence(TaskNarrative task)
    {
        var assigned = $"Nhiệm vụ {task.Number} được giao cho {Count(task.Assigned)} cơ quan, đơn vị";
        if (task.Statuses.Total == 0)
        {
            return $"{assigned}; chưa có báo cáo đã gửi nêu nhiệm vụ này.";
        }

        var parts = DashboardQueries.StatusesBestFirst.Where(s => task.Statuses[s] > 0)
            .Select(s => $"{Status(s).ToLower(Vietnamese)} {Count(task.Statuses[s])}");
        var accepted = task.Highlights.Total == 0 ? "; chưa có báo cáo được chấp nhận nêu kết quả" : string.Empty;
        return $"{assigned}; các báo cáo đã gửi nêu {Count(task.Statuses.Total)} lượt: {string.Join(", ", parts)}{accepted}.";
    }

    /// <summary>"Chỉ tiêu “Số cuộc đối thoại”: 12 cuộc (quý III năm 2026: 10 cuộc, tăng 2)."; missing figures say so.</summary>
    private static string IndicatorSentence(ConsolidatedReportData data, IndicatorRow row)
    {
        var now = row.Total.Value;
        var sentence = $"Chỉ tiêu “{row.Name}”: {Measured(now, row.Unit)}";
        if (data.View.PreviousPeriod is not { } previousPeriod || data.Previous(row) is not { } previous)
        {
            return sentence + ".";
        }

        var before = previous.Value;
        var change = (now, before) switch
        {
            ({ } a, { } b) when a > b => $", tăng {Value(a - b)}",
            ({ } a, { } b) when a < b => $", giảm {Value(b - a)}",
            ({ }, { }) => ", không đổi",
            _ => string.Empty,
        };
        return $"{sentence} ({PeriodPhrase(previousPeriod)}: {Measured(before, row.Unit)}{change}).";
    }

    private static string Measured(double? value, string unit) => value is null ? NoData : $"{Value(value)} {unit}".TrimEnd();
}
