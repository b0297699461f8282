using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Data.Seeding;

/// <summary>The demo reports' texts: results, difficulties, proposals and assessments assembled from sample phrases, the same on every run.</summary>
internal static class DemoReportTexts
{
    internal static void FillLines(ProgressReport report, ReportingPeriod period, DateOnly today, int seed, bool draft)
    {
        var lastDay = period.DataTo < today ? period.DataTo : today;
        var index = 0;
        foreach (var line in report.Lines)
        {
            var k = Mix(seed, ++index);
            var task = line.Assignment?.Task ?? throw new InvalidOperationException("The assignment's task is not loaded.");
            var results = Results(task.Number, k, period.Year);
            if (draft)
            {
                if (k % 3 != 0)
                {
                    report.UpdateLine(line, TaskProgress.InProgress, 20 + (k % 41), null, results, null, null);
                }

                continue;
            }

            foreach (var indicator in task.Indicators)
            {
                report.SetIndicator(line, indicator, indicator.Unit == IndicatorValue.PercentUnit ? 80 + (k % 21) : 1 + (k % 6));
            }

            var difficulties = k % 3 == 0 ? Pick(Difficulties, k / 3) : null;
            var proposals = k % 4 == 1 ? Pick(Proposals, k / 4) : null;
            if (line.Assignment.DueOn is { } due && due <= lastDay)
            {
                report.UpdateLine(line, TaskProgress.Done, 100, due.AddDays(-(k % 10)), results, difficulties, proposals);
            }
            else if (k % 5 == 0)
            {
                var completed = lastDay.AddDays(-(k % 25));
                report.UpdateLine(line, TaskProgress.Done, 100, completed < period.DataFrom ? period.DataFrom : completed, results, difficulties, proposals);
            }
            else
            {
                report.UpdateLine(line, TaskProgress.InProgress, 55 + (k % 41), null, results, difficulties, proposals);
            }
        }
    }

    private static string Results(string taskNumber, int k, int year)
    {
        var pool = ResultsByTask.GetValueOrDefault(taskNumber) ?? [0, 1, 2, 3];
        var template = ResultTemplates[pool[k % pool.Length]];
        var count = 2 + (k % 6);
        var received = 12 + (k % 37);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, count, received, received - (k % 4), 90 + (k % 10), year);
        var tail = Tails[(k / 7) % Tails.Length];
        return tail.Length == 0 ? text : text + " " + string.Format(System.Globalization.CultureInfo.InvariantCulture, tail, 85 + (k % 14));
    }

    internal static string Assessment(Agency agency, ReportingPeriod period, int seed, bool draft)
    {
        var quarter = $"quý {period.Number}/{period.Year}";
        if (draft)
        {
            return $"Đang tổng hợp kết quả thực hiện {quarter}; một số nội dung sẽ được bổ sung trước khi trình lãnh đạo ký.";
        }

        return (seed % 3) switch
        {
            0 => $"Trong {quarter}, {agency.Name} đã triển khai đầy đủ các nhiệm vụ được giao theo Chỉ thị số 07-CT/TU; công tác dân vận chính quyền có chuyển biến tích cực, được Nhân dân đồng tình, ủng hộ.",
            1 => $"{agency.Name} bám sát chương trình công tác năm, thực hiện nghiêm quy chế dân chủ ở cơ sở; các phản ánh, kiến nghị của người dân được tiếp nhận và giải quyết kịp thời. Một số nhiệm vụ cần tiếp tục thực hiện trong quý tới.",
            _ => $"Các nhiệm vụ theo Chỉ thị số 07-CT/TU cơ bản hoàn thành theo kế hoạch {quarter}. Việc đổi mới phương thức tiếp xúc, đối thoại với Nhân dân còn chậm; đơn vị sẽ tập trung khắc phục trong kỳ tới.",
        };
    }

    internal static string Pick(string[] phrases, int k) => phrases[Math.Abs(k) % phrases.Length];

    /// <summary>A small deterministic hash, so that the sample data is the same on every run.</summary>
    internal static int Mix(int a, int b)
    {
        var h = unchecked(((uint)a * 2654435761u) ^ ((uint)b * 40503u) ^ 0x9E3779B9u);
        h ^= h >> 15;
        h = unchecked(h * 0x2C1B3C6Du);
        h ^= h >> 12;
        return (int)(h % 1_000_003u);
    }

    private static readonly string[] ResultTemplates =
    [
        "Tổ chức {0} hội nghị quán triệt, triển khai Chỉ thị số 07-CT/TU đến toàn thể cán bộ, công chức, viên chức.",
        "Tổ chức {0} buổi đối thoại trực tiếp giữa người đứng đầu với Nhân dân; tiếp nhận và trả lời {1} ý kiến, kiến nghị.",
        "Tiếp nhận {1} phản ánh, kiến nghị của người dân, đã giải quyết đúng hạn {2} trường hợp, số còn lại đang được xem xét theo quy định.",
        "Đăng tải {0} tin, bài tuyên truyền về công tác dân vận chính quyền trên trang thông tin điện tử và hệ thống truyền thanh cơ sở.",
        "Rà soát, niêm yết công khai thủ tục hành chính tại bộ phận một cửa; không để phát sinh hồ sơ trễ hạn.",
        "Phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể tổ chức {0} cuộc giám sát việc thực hiện quy chế dân chủ ở cơ sở.",
        "Đưa tiêu chí thực hiện công tác dân vận vào đánh giá, xếp loại cán bộ, công chức, viên chức; {3}% cán bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
        "Vận động Nhân dân tham gia chỉnh trang ngõ phố, giữ gìn vệ sinh môi trường, xây dựng {0} tuyến phố văn minh.",
        "Nắm bắt tình hình tư tưởng của Nhân dân qua {0} cuộc sinh hoạt tổ dân phố; kịp thời báo cáo cấp ủy những vấn đề nổi lên.",
        "Ban hành quyết định phân công đồng chí lãnh đạo phụ trách công tác dân vận chính quyền; kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở.",
        "Xây dựng và ban hành kế hoạch thực hiện công tác dân vận năm {4}, xác định rõ nhiệm vụ trọng tâm của từng bộ phận.",
    ];

    private static readonly Dictionary<string, int[]> ResultsByTask = new(StringComparer.Ordinal)
    {
        ["1.1"] = [3, 0],
        ["1.2"] = [0, 8],
        ["1.3"] = [10, 0],
        ["1.4"] = [6],
        ["1.5"] = [6, 4],
        ["1.6"] = [2],
        ["1.7"] = [5, 7],
        ["2.1"] = [3, 1],
        ["2.2"] = [9],
        ["2.3"] = [1, 5],
        ["2.4"] = [1, 6],
        ["2.5"] = [1, 7],
        ["2.6"] = [4, 10],
        ["3.1"] = [2, 8],
        ["3.2"] = [8],
        ["3.3"] = [5],
        ["4.1"] = [10],
        ["4.2"] = [5, 0],
        ["4.3"] = [10],
    };

    private static readonly string[] Tails =
    [
        "Cán bộ, công chức thực hiện tốt phương châm “trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân”.",
        "Kết quả được Nhân dân ghi nhận, đồng thuận.",
        "",
        "Không phát sinh đơn thư khiếu nại vượt cấp.",
        "Tỷ lệ hài lòng của người dân đối với dịch vụ hành chính công đạt {0}%.",
    ];

    private static readonly string[] Difficulties =
    [
        "Một số cán bộ kiêm nhiệm nhiều việc, thời gian dành cho công tác dân vận còn hạn chế.",
        "Kinh phí cho hoạt động tuyên truyền ở cơ sở còn hạn hẹp.",
        "Việc phối hợp giải quyết một số kiến nghị phức tạp, kéo dài còn chậm.",
        "Một bộ phận người dân chưa quan tâm tham gia các buổi đối thoại.",
        "Ứng dụng công nghệ thông tin trong tiếp nhận phản ánh của người dân chưa đồng bộ.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị thành phố tổ chức tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở.",
        "Đề nghị bổ sung kinh phí hỗ trợ hoạt động tuyên truyền ở cơ sở.",
        "Đề nghị các sở, ngành hướng dẫn thống nhất quy trình tiếp nhận, xử lý phản ánh của người dân.",
        "Đề nghị biểu dương, khen thưởng kịp thời các tập thể, cá nhân điển hình trong công tác dân vận.",
    ];

    internal static readonly string[] ReturnComments =
    [
        "Đề nghị bổ sung số liệu cụ thể về kết quả giải quyết phản ánh, kiến nghị của người dân và làm rõ nguyên nhân của những tồn tại, hạn chế.",
        "Báo cáo chưa nêu rõ số cuộc đối thoại trực tiếp với Nhân dân đã tổ chức trong kỳ; đề nghị bổ sung và gửi lại.",
        "Phần đánh giá chung còn sơ sài; đề nghị nêu rõ những việc đã làm được, chưa làm được và giải pháp trong quý tới.",
    ];

    internal static readonly string[] Completions =
    [
        "Đã bổ sung số liệu theo ý kiến của cơ quan thẩm định.",
        "Đã bổ sung số cuộc đối thoại và kết quả giải quyết kiến nghị theo yêu cầu.",
    ];
}
