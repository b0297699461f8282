using DanVan.Web.Dashboard;
using DocumentFormat.OpenXml;
using static DanVan.Web.Exports.ConsolidatedReportText;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Exports;

/// <summary>
/// Sections II–IV as drafts the issuing agency edits in Word: strengths, limitations and their causes, directions for the
/// next period. Every sentence is derived from the figures of the view (reporting and on-time rates, tasks done, behind or
/// not started, indicators against the previous period, agencies missing) or from the difficulties the reports raised;
/// nothing is claimed that the figures do not show.
/// </summary>
internal static class AssessmentSections
{
    public static IEnumerable<OpenXmlElement> Strengths(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(ConsolidatedReportText.Strengths);
        var total = data.Reporting.Total;
        var statuses = data.Statuses;
        var lines = new List<string>();
        if (total.Submitted > 0)
        {
            lines.Add($"{Count(total.Submitted)}/{Count(total.Expected)} cơ quan, đơn vị đã gửi báo cáo {data.Period} (đạt {Percent(total.Rate)}), "
                + $"trong đó {Count(total.OnTime)} báo cáo gửi đúng hạn (tỷ lệ đúng hạn {Percent(total.OnTimeRate)}); {Count(total.Accepted)} báo cáo đã được thẩm định, chấp nhận.");
        }

        var done = statuses[TaskStatus.DoneOnTime] + statuses[TaskStatus.DoneLate];
        if (done > 0)
        {
            lines.Add($"Đã hoàn thành {Count(done)}/{Count(statuses.Total)} lượt thực hiện nhiệm vụ ({Percent((double)done / statuses.Total)}), "
                + $"trong đó {Count(statuses[TaskStatus.DoneOnTime])} lượt hoàn thành đúng hạn; {Count(statuses[TaskStatus.InProgress])} lượt đang thực hiện.");
        }

        var finished = data.Narrative.Tasks.Where(t => t.Statuses.Total > 0 && t.Statuses[TaskStatus.DoneOnTime] + t.Statuses[TaskStatus.DoneLate] == t.Statuses.Total).ToList();
        if (finished.Count > 0)
        {
            lines.Add($"Các nhiệm vụ đã hoàn thành ở tất cả các lượt được báo cáo: {TaskList(finished)}.");
        }

        if (Changed(data, up: true) is { } rising)
        {
            lines.Add($"Các chỉ tiêu tăng so với {PreviousPhrase(data)}: {rising}.");
        }

        foreach (var line in Fallback(lines, "Chưa có báo cáo đã gửi trong kỳ để đánh giá ưu điểm."))
        {
            yield return Docx.Body(line);
        }
    }

    public static IEnumerable<OpenXmlElement> Limitations(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(ConsolidatedReportText.Limitations);
        yield return Docx.Heading2("1. Hạn chế");
        var total = data.Reporting.Total;
        var statuses = data.Statuses;
        var lines = new List<string>();
        if (total.Missing > 0)
        {
            lines.Add($"Còn {Count(total.Missing)}/{Count(total.Expected)} cơ quan, đơn vị chưa gửi báo cáo {data.Period} (danh sách tại {MissingAppendix}).");
        }

        if (total.Late > 0)
        {
            lines.Add($"{Count(total.Late)} cơ quan, đơn vị gửi báo cáo sau hạn ngày {Day(data.View.Period.DueOn)} (danh sách tại {LateAppendix}).");
        }

        if (total.Returned > 0)
        {
            lines.Add($"{Count(total.Returned)} báo cáo phải trả lại để bổ sung, hoàn thiện và chưa được gửi lại.");
        }

        if (statuses[TaskStatus.Overdue] + statuses[TaskStatus.NotStarted] > 0)
        {
            lines.Add($"Tính đến ngày {Day(data.View.AsOf)}, {Count(statuses[TaskStatus.Overdue])} lượt nhiệm vụ quá hạn chưa hoàn thành, "
                + $"{Count(statuses[TaskStatus.NotStarted])} lượt chưa triển khai; nhiệm vụ còn chậm: {TaskList(Behind(data))}.");
        }

        if (Changed(data, up: false) is { } falling)
        {
            lines.Add($"Các chỉ tiêu giảm so với {PreviousPhrase(data)}: {falling}.");
        }

        foreach (var line in Fallback(lines, "Qua số liệu tổng hợp, không có cơ quan, đơn vị chưa gửi hoặc gửi chậm báo cáo, không có nhiệm vụ quá hạn hoặc chưa triển khai."))
        {
            yield return Docx.Body(line);
        }

        yield return Docx.Heading2("2. Nguyên nhân, khó khăn, vướng mắc");
        foreach (var element in NarrativeSections.Raised(data.Difficulties, "khó khăn, vướng mắc"))
        {
            yield return element;
        }
    }

    public static IEnumerable<OpenXmlElement> Directions(ConsolidatedReportData data)
    {
        yield return Docx.Heading1(DirectionsHeading(data.View.Period));
        var total = data.Reporting.Total;
        var statuses = data.Statuses;
        var next = NextPeriodPhrase(data.View.Period);
        yield return Docx.Body($"Tiếp tục triển khai thực hiện Chỉ thị số {data.View.Directive.Code} của {data.View.Directive.IssuingBody} trên địa bàn {data.Area} trong {next}, tập trung vào các nội dung sau:");
        if (total.Missing > 0)
        {
            yield return Docx.Body($"- Đôn đốc {Count(total.Missing)} cơ quan, đơn vị chưa gửi báo cáo {data.Period} hoàn thành việc báo cáo.");
        }

        var behind = Behind(data);
        if (behind.Count > 0)
        {
            yield return Docx.Body($"- Tập trung hoàn thành các nhiệm vụ còn chậm ({Count(statuses[TaskStatus.Overdue])} lượt quá hạn, {Count(statuses[TaskStatus.NotStarted])} lượt chưa triển khai): {TaskList(behind)}.");
        }

        if (statuses[TaskStatus.InProgress] > 0)
        {
            yield return Docx.Body($"- Tiếp tục thực hiện {Count(statuses[TaskStatus.InProgress])} lượt nhiệm vụ đang thực hiện, bảo đảm tiến độ được giao.");
        }

        if (data.Difficulties.Texts > 0)
        {
            yield return Docx.Body("- Nghiên cứu, tháo gỡ các khó khăn, vướng mắc các cơ quan, đơn vị đã nêu tại mục III.2.");
        }

        yield return Docx.Body($"- Các cơ quan, đơn vị gửi báo cáo {next} đúng hạn, đầy đủ số liệu các chỉ tiêu.");
    }

    /// <summary>Tasks with lines overdue or not started, the most behind first.</summary>
    private static List<TaskNarrative> Behind(ConsolidatedReportData data) => data.Narrative.Tasks
        .Where(t => t.Statuses[TaskStatus.Overdue] + t.Statuses[TaskStatus.NotStarted] > 0)
        .OrderByDescending(t => t.Statuses[TaskStatus.Overdue] + t.Statuses[TaskStatus.NotStarted])
        .ToList();

    private static string TaskList(IEnumerable<TaskNarrative> tasks) => string.Join("; ", tasks.Select(t => $"Nhiệm vụ {t.Number} ({t.Title})"));

    /// <summary>"Số cuộc đối thoại (từ 10 lên 12)"… for the indicators that rose (or fell); null when none did or there is no previous period.</summary>
    private static string? Changed(ConsolidatedReportData data, bool up)
    {
        var changed = data.Indicators.Rows
            .Select(r => (Row: r, Now: r.Total.Value, Before: data.Previous(r)?.Value))
            .Where(x => x.Now is { } now && x.Before is { } before && (up ? now > before : now < before))
            .Select(x => $"{x.Row.Name} (từ {Value(x.Before)} {(up ? "lên" : "xuống")} {Value(x.Now)})")
            .ToList();
        return changed.Count == 0 ? null : string.Join("; ", changed);
    }

    private static string PreviousPhrase(ConsolidatedReportData data) => data.View.PreviousPeriod is { } p ? PeriodPhrase(p) : "kỳ trước";

    private static IEnumerable<string> Fallback(List<string> lines, string none) => lines.Count == 0 ? [none] : lines.Select(l => "- " + l);
}
