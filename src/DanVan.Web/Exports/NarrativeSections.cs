using DanVan.Web.Dashboard;
using DocumentFormat.OpenXml;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Exports;

/// <summary>
/// Sections II, V and VI: what the reports say, task by task. Highlights are quoted from accepted reports only;
/// difficulties and proposals from submitted and accepted reports; each quotation names its agency, and what is left out
/// beyond <see cref="DashboardQueries.QuotesPerTask"/> per task is counted.
/// </summary>
internal static class NarrativeSections
{
    public static IEnumerable<OpenXmlElement> TaskResults(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(ConsolidatedReportText.TaskResults);
        var tasks = data.Narrative.Tasks;
        if (tasks.Count == 0)
        {
            yield return Docx.Body("Không có nhiệm vụ nào của Chỉ thị được giao cho cơ quan, đơn vị trong phạm vi báo cáo.");
            yield break;
        }

        var number = 1;
        foreach (var task in tasks)
        {
            yield return Docx.Heading2($"{number++}. {TaskName(task)}");
            yield return Docx.Body(StatusSentence(task));
            if (task.Highlights.Items.Count == 0)
            {
                yield return Docx.Body("Chưa có báo cáo được chấp nhận nêu kết quả thực hiện nhiệm vụ này.");
                continue;
            }

            yield return Docx.Body("Kết quả nổi bật:");
            foreach (var element in Quotes(task.Highlights, "kết quả khác trong các báo cáo đã được chấp nhận"))
            {
                yield return element;
            }
        }
    }

    public static IEnumerable<OpenXmlElement> Difficulties(ConsolidatedReportData data) =>
        Gathered(data, ConsolidatedReportText.Difficulties, t => t.Difficulties, "khó khăn, vướng mắc");

    public static IEnumerable<OpenXmlElement> Proposals(ConsolidatedReportData data) =>
        Gathered(data, ConsolidatedReportText.Proposals, t => t.Proposals, "đề xuất, kiến nghị");

    private static IEnumerable<OpenXmlElement> Gathered(ConsolidatedReportData data, string heading, Func<TaskNarrative, Capped<Quote>> quotes, string what)
    {
        yield return Docx.Heading1(heading);
        var tasks = data.Narrative.Tasks.Where(t => quotes(t).Total > 0).ToList();
        if (tasks.Count == 0)
        {
            yield return Docx.Body($"Các báo cáo đã gửi trong kỳ không nêu {what}.");
            yield break;
        }

        yield return Docx.Body(
            $"Các báo cáo đã gửi nêu {Count(tasks.Sum(t => quotes(t).Total))} ý kiến về {what}, tổng hợp theo nhiệm vụ "
            + $"(mỗi nhiệm vụ trích tối đa {DashboardQueries.QuotesPerTask} ý kiến nêu đầy đủ nhất):");
        var number = 1;
        foreach (var task in tasks)
        {
            yield return Docx.Heading2($"{number++}. {TaskName(task)}");
            foreach (var element in Quotes(quotes(task), "ý kiến khác"))
            {
                yield return element;
            }
        }
    }

    private static string TaskName(TaskNarrative task) => $"Nhiệm vụ {task.Number}: {task.Title}";

    /// <summary>"Giao cho 19 cơ quan, đơn vị; các báo cáo đã gửi nêu 14 lượt: hoàn thành đúng hạn 3, đang thực hiện 11."</summary>
    private static string StatusSentence(TaskNarrative task)
    {
        var assigned = $"Giao cho {Count(task.Assigned)} cơ quan, đơn vị";
        if (task.Statuses.Total == 0)
        {
            return $"{assigned}; chưa có báo cáo đã gửi nêu nhiệm vụ này.";
        }

        var parts = DashboardQueries.StatusesBestFirst.Where(s => task.Statuses[s] > 0)
            .Select(s => $"{Status(s).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} {Count(task.Statuses[s])}");
        return $"{assigned}; các báo cáo đã gửi nêu {Count(task.Statuses.Total)} lượt: {string.Join(", ", parts)}.";
    }

    /// <summary>Each passage as "- “…” — Agency.", then how many more there are.</summary>
    private static IEnumerable<OpenXmlElement> Quotes(Capped<Quote> quotes, string more)
    {
        foreach (var quote in quotes.Items)
        {
            yield return Docx.Paragraph(
                DocxStyles.Quote,
                Docx.Run("- “"),
                Docx.Run(quote.Text.Trim(), Look.Emphasis),
                Docx.Run("” — "),
                Docx.Run(quote.AgencyName + ".", Look.Strong));
        }

        if (quotes.Total > quotes.Items.Count)
        {
            yield return Docx.Text(DocxStyles.Quote, $"(Còn {Count(quotes.Total - quotes.Items.Count)} {more}.)", Look.Emphasis);
        }
    }
}
