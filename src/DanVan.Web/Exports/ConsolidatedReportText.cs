using System.Globalization;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Exports;

/// <summary>
/// The fixed Vietnamese wording of the consolidated report. The report is an official document and is always written in
/// Vietnamese, whatever the language of the page that produced it, so its text lives here rather than in the resources.
/// </summary>
public static class ConsolidatedReportText
{
    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string NationalMotto = "Độc lập - Tự do - Hạnh phúc";
    public const string Place = "Hà Nội";
    public const string Title = "BÁO CÁO";

    public const string Results = "I. KẾT QUẢ THỰC HIỆN";
    public const string Strengths = "II. ƯU ĐIỂM";
    public const string Limitations = "III. HẠN CHẾ, NGUYÊN NHÂN";
    public const string Directions = "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ TỚI";
    public const string Proposals = "V. ĐỀ XUẤT, KIẾN NGHỊ";
    public const string Appendix = "PHỤ LỤC";

    /// <summary>The section headings, in the order they appear (for a quarter; another period's section IV says "kỳ tới").</summary>
    public static readonly IReadOnlyList<string> Sections = [Results, Strengths, Limitations, Directions, Proposals, Appendix];

    public const string MissingAppendix = "Phụ lục 1. Cơ quan, đơn vị chưa gửi báo cáo";
    public const string LateAppendix = "Phụ lục 2. Cơ quan, đơn vị gửi báo cáo chậm";
    public const string IndicatorAppendix = "Phụ lục 3. Chỉ tiêu theo đơn vị";

    public const string Expected = "Cơ quan, đơn vị phải báo cáo";
    public const string Submitted = "Đã gửi báo cáo";
    public const string Rate = "Tỷ lệ gửi báo cáo";
    public const string OnTime = "Gửi đúng hạn";
    public const string Late = "Gửi chậm";
    public const string Missing = "Chưa gửi báo cáo";
    public const string Accepted = "Báo cáo đã được chấp nhận";
    public const string Returned = "Báo cáo trả lại để bổ sung, hoàn thiện";
    public const string Awaiting = "Báo cáo đang chờ thẩm định";

    public const string TotalLabel = "Tổng cộng";
    public const string TaskLinesTotal = "Tổng số lượt nhiệm vụ";

    public const string Recipients = "Nơi nhận:";

    /// <summary>What the report writes for a missing figure: an indicator nobody gave a value for, a rate of 0 out of 0.</summary>
    public const string NoData = "chưa có số liệu";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>"quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026".</summary>
    public static string PeriodPhrase(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Quarter => $"quý {Roman[period.Number - 1]} năm {period.Year}",
        PeriodKind.SixMonths => $"6 tháng đầu năm {period.Year}",
        _ => $"năm {period.Year}",
    };

    public static string Status(TaskStatus status) => status switch
    {
        TaskStatus.NotStarted => "Chưa triển khai",
        TaskStatus.InProgress => "Đang thực hiện",
        TaskStatus.DoneOnTime => "Hoàn thành đúng hạn",
        TaskStatus.DoneLate => "Hoàn thành trễ hạn",
        _ => "Quá hạn",
    };

    public static string Level(UnitLevel level) => level switch
    {
        UnitLevel.City => "Cấp thành phố",
        UnitLevel.District => "Cấp quận, huyện",
        _ => "Cấp phường, xã",
    };

    /// <summary>"Hà Nội, ngày      tháng      năm 2026": day and month are left for the day of signing.</summary>
    public static string PlaceAndDate(int year) => $"{Place}, ngày\u00A0\u00A0\u00A0\u00A0\u00A0 tháng\u00A0\u00A0\u00A0\u00A0\u00A0 năm {year}";

    /// <summary>A count as Vietnamese documents write it: 1.234.</summary>
    public static string Count(int value) => value.ToString("#,##0", Vietnamese);

    /// <summary>A rate in percent with one decimal: 87,5%; <see cref="NoData"/> when it is missing.</summary>
    public static string Percent(double? rate) => rate is { } r ? Math.Round(r * 100, 1).ToString("0.#", Vietnamese) + "%" : NoData;

    /// <summary>An indicator's value: 1.234 or 87,25; <see cref="NoData"/> when no value was reported.</summary>
    public static string Value(double? value) => value?.ToString("#,##0.##", Vietnamese) ?? NoData;

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in Hanoi time as documents write it: "ngày 26/11/2026 lúc 10:00".</summary>
    public static string Time(DateTime utc) => Domain.Hanoi.ToLocal(utc).ToString("'ngày 'dd/MM/yyyy' lúc 'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Section IV's heading: "quý tới" after a quarter, "kỳ tới" after a half-year or a year.</summary>
    public static string DirectionsHeading(ReportingPeriod period) =>
        period.Kind == PeriodKind.Quarter ? Directions : "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI";

    /// <summary>The period after <paramref name="period"/>: "quý I năm 2027" after quý IV năm 2026; "kỳ tới" otherwise.</summary>
    public static string NextPeriodPhrase(ReportingPeriod period) => period.Kind == PeriodKind.Quarter
        ? (period.Number == 4 ? $"quý I năm {period.Year + 1}" : $"quý {Roman[period.Number]} năm {period.Year}")
        : "kỳ tới";

    /// <summary>"Sở Tài chính, Sở Y tế và 12 cơ quan, đơn vị khác": the <paramref name="named"/> agencies of <paramref name="total"/>, the rest counted.</summary>
    public static string Names(IReadOnlyList<string> named, int total)
    {
        if (total > named.Count)
        {
            return $"{string.Join(", ", named)} và {Count(total - named.Count)} cơ quan, đơn vị khác";
        }

        return named.Count <= 1 ? string.Concat(named) : $"{string.Join(", ", named.Take(named.Count - 1))} và {named[^1]}";
    }
}
