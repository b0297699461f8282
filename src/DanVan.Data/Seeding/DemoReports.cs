using DanVan.Data.Identity;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>The demo's sample reports, in every workflow state; seeded only with the demo accounts.</summary>
internal static class DemoReports
{
    /// <summary>
    /// Sample reports in every workflow state for a fixed set of agencies (Hoàn Kiếm and its wards, the city departments,
    /// Ba Đình's People's Committees): accepted ones in the past quarters (some late, one returned and resubmitted first),
    /// some awaiting review and some returned in the last quarter, drafts and submissions in the current one. Every
    /// transition happens inside its period and never after the clock's now.
    /// </summary>
    public static async Task<int> SeedAsync(DanVanDbContext db, IReadOnlyList<ReportingPeriod> periods, TimeProvider clock, bool restructured2025, CancellationToken ct)
    {
        var plan = DemoReportPlan(periods, restructured2025).ToList();
        var codes = plan.Select(p => p.AgencyCode).Distinct().ToList();
        var agencies = await db.Agencies.Include(a => a.Unit).ThenInclude(u => u!.Parent)
            .Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, ct);
        var agencyIds = agencies.Values.Select(a => a.Id).ToList();
        var periodIds = periods.Select(p => p.Id).ToList();
        var existing = (await db.Reports.Where(r => periodIds.Contains(r.PeriodId) && agencyIds.Contains(r.AgencyId))
            .Select(r => new { r.PeriodId, r.AgencyId }).ToListAsync(ct)).Select(r => (r.PeriodId, r.AgencyId)).ToHashSet();
        plan.RemoveAll(p => !agencies.TryGetValue(p.AgencyCode, out var agency) || existing.Contains((periods[p.Age].Id, agency.Id)));
        if (plan.Count == 0)
        {
            return 0;
        }

        var assignments = (await db.Assignments.Include(a => a.Task).ThenInclude(t => t!.Indicators).Where(a => agencyIds.Contains(a.AgencyId)).ToListAsync(ct)).ToLookup(a => a.AgencyId);
        var names = DemoAccounts.All.Select(a => a.UserName.ToUpperInvariant()).ToList();
        var actors = await db.Users.Where(u => names.Contains(u.NormalizedUserName!))
            .ToDictionaryAsync(u => u.UserName!, u => new Actor(u.Id, u.FullName), StringComparer.OrdinalIgnoreCase, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Hanoi.Today(clock);
        var reports = new List<ProgressReport>();
        foreach (var item in plan)
        {
            var agency = agencies[item.AgencyCode];
            var period = periods[item.Age];
            var seed = item.Seed;
            var steps = Steps(item, period, today, seed);
            var times = Schedule(steps.Select(s => s.At).ToList(), now);
            var report = ProgressReport.Start(agency, period, assignments[agency.Id], times[0]);
            FillLines(report, period, today, seed, item.Outcome == DemoOutcome.Draft);
            report.UpdateAssessment(Assessment(agency, period, seed, item.Outcome == DemoOutcome.Draft));
            var submitter = SubmitterFor(agency, actors);
            var reviewer = actors.GetValueOrDefault(ReviewerFor(agency)) ?? submitter;
            for (var i = 1; i < steps.Count; i++)
            {
                switch (steps[i].To)
                {
                    case ReportStatus.Submitted:
                        report.Submit(submitter, times[i]);
                        break;
                    case ReportStatus.Returned:
                        report.Return(reviewer, Pick(ReturnComments, seed + i), times[i]);
                        if (i + 1 < steps.Count)
                        {
                            report.UpdateAssessment(report.OverallAssessment + " " + Pick(Completions, seed));
                        }

                        break;
                    default:
                        report.Accept(reviewer, times[i], seed % 3 == 0 ? "Báo cáo đạt yêu cầu." : null);
                        break;
                }
            }

            reports.Add(report);
        }

        db.Reports.AddRange(reports);
        await db.SaveChangesAsync(ct);
        return reports.Count;
    }

    private enum DemoOutcome
    {
        Draft,
        Submitted,
        Returned,
        Accepted,
        ReturnedThenAccepted,
    }

    /// <summary>One planned report; <see cref="Age"/> counts quarters back from the current one (0); <see cref="Seed"/> varies its texts.</summary>
    private sealed record DemoReport(int Age, string AgencyCode, DemoOutcome Outcome, bool Late)
    {
        public int Seed => Mix(Age + 1, Mix(AgencyCode.Length, AgencyCode.Aggregate(7, (h, c) => unchecked((h * 31) + c))));
    }

    private sealed record Step(ReportStatus To, DateTime At);

    /// <summary>
    /// The reports of each past quarter (accepted, a few awaiting review or returned in the last one) and the current one
    /// (drafts and submissions), by the agencies of that quarter's structure: before 1 July 2025 (or without the
    /// restructuring) Hoàn Kiếm and its wards, the city's departments and Ba Đình's People's Committees; after it the
    /// new wards directly under the city and the city's departments.
    /// </summary>
    private static IEnumerable<DemoReport> DemoReportPlan(IReadOnlyList<ReportingPeriod> periods, bool restructured2025)
    {
        var before = HierarchySeed.Agencies
            .Where(a => a.UnitCode == "HN-HK" || a.UnitCode.StartsWith("HN-HK-", StringComparison.Ordinal)
                || (a.UnitCode == HierarchySeed.CityCode && a.Kind == AgencyKind.Department)
                || (a.Kind == AgencyKind.PeoplesCommittee && a.UnitCode.StartsWith("HN-BD", StringComparison.Ordinal)))
            .Select(a => a.Code)
            .ToList();
        var after = HierarchySeed.Agencies.Where(a => a.UnitCode == HierarchySeed.CityCode && a.Kind == AgencyKind.Department).Select(a => a.Code)
            .Concat(Restructuring2025Seed.Agencies.Select(a => a.Code)).ToList();
        bool Restructured(int age) => restructured2025 && periods[age].DataTo >= Restructuring2025Seed.EffectiveOn;
        string[] awaitingReview = ["HN-HK-MTTQ", "HN-HK-TT-DU", "HN-HK-HT-MTTQ", "HN-SYT", "HN-BD-PX-UBND", "HN-P-HK-MTTQ", "HN-P-HH-UBND"];
        string[] returned = ["HN-HK-UBND", "HN-HK-HB-DU", "HN-SXD", "HN-P-BD-DU"];
        string[] returnedThenAccepted = ["HN-HK-HB-UBND", "HN-P-HK-UBND"];
        for (var age = periods.Count - 1; age >= 1; age--)
        {
            var reporting = Restructured(age) ? after : before;
            for (var i = 0; i < reporting.Count; i++)
            {
                var code = reporting[i];
                var outcome = age switch
                {
                    1 when awaitingReview.Contains(code) => DemoOutcome.Submitted,
                    1 when returned.Contains(code) => DemoOutcome.Returned,
                    2 when returnedThenAccepted.Contains(code) => DemoOutcome.ReturnedThenAccepted,
                    _ => DemoOutcome.Accepted,
                };
                yield return new DemoReport(age, code, outcome, (i + age) % 6 == 2);
            }
        }

        var (draft, submitted) = Restructured(0)
            ? ("HN-P-HK-UBND", new[] { "HN-P-BD-UBND", "HN-P-HH-UBND", "HN-P-CG-UBND", "HN-P-ND-UBND" })
            : ("HN-HK-HB-UBND", new[] { "HN-HK-HT-UBND", "HN-HK-TT-UBND", "HN-BD-TB-UBND", "HN-BD-DB-UBND" });
        yield return new DemoReport(0, draft, DemoOutcome.Draft, false);
        yield return new DemoReport(0, "HN-STP", DemoOutcome.Draft, false);
        foreach (var code in submitted)
        {
            yield return new DemoReport(0, code, DemoOutcome.Submitted, false);
        }
    }

    /// <summary>The wished-for moments (Hanoi times turned into UTC) of a planned report: its creation, then each transition.</summary>
    private static List<Step> Steps(DemoReport item, ReportingPeriod period, DateOnly today, int seed)
    {
        if (item.Age == 0)
        {
            var started = Local(period.OpensOn.AddDays(3), 8, 30);
            var submitted = Local(today.AddDays(-1 - (seed % 3)), 9 + (seed % 7), 15);
            return item.Outcome == DemoOutcome.Draft
                ? [new(ReportStatus.Draft, started)]
                : [new(ReportStatus.Draft, started), new(ReportStatus.Submitted, submitted > started ? submitted : started.AddHours(2))];
        }

        var due = period.DueOn;
        var steps = new List<Step> { new(ReportStatus.Draft, Local(period.DataTo.AddDays(-10 - (seed % 5)), 8, 30)) };
        if (item.Outcome == DemoOutcome.ReturnedThenAccepted)
        {
            steps.Add(new(ReportStatus.Submitted, Local(due.AddDays(-4), 9, 30)));
            steps.Add(new(ReportStatus.Returned, Local(due.AddDays(-2), 14, 0)));
            steps.Add(new(ReportStatus.Submitted, Local(due, 16, 45)));
            steps.Add(new(ReportStatus.Accepted, Local(due.AddDays(3), 10, 0)));
            return steps;
        }

        var submittedAt = item.Late ? Local(due.AddDays(1 + (seed % 3)), 9 + (seed % 8), 10) : Local(due.AddDays(-(seed % 5)), 8 + (seed % 9), 40);
        steps.Add(new(ReportStatus.Submitted, submittedAt));
        switch (item.Outcome)
        {
            case DemoOutcome.Accepted:
                steps.Add(new(ReportStatus.Accepted, submittedAt.AddDays(2 + (seed % 3)).AddHours(3)));
                break;
            case DemoOutcome.Returned:
                steps.Add(new(ReportStatus.Returned, submittedAt.AddDays(1).AddHours(2)));
                break;
        }

        return steps;
    }

    /// <summary>
    /// The wished-for moments, or, when the last of them lies after now (early in a quarter), the same moments squeezed
    /// between the first of them and now, order kept.
    /// </summary>
    private static List<DateTime> Schedule(List<DateTime> wished, DateTime now)
    {
        var limit = now.AddMinutes(-1);
        var first = wished[0] < limit ? wished[0] : limit.AddMinutes(-wished.Count);
        var last = wished[^1];
        if (last <= limit)
        {
            return [.. wished];
        }

        var span = (last - first).Ticks;
        var room = (limit - first).Ticks;
        return wished.Select(t => first.AddTicks(span == 0 ? 0 : (long)((double)(t - first).Ticks / span * room))).ToList();
    }

    private static DateTime Local(DateOnly day, int hour, int minute) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, minute)) - Hanoi.Offset, DateTimeKind.Utc);

    private static Actor SubmitterFor(Agency agency, Dictionary<string, Actor> actors)
    {
        var head = DemoAccounts.All.FirstOrDefault(a => a.AgencyCode == agency.Code && a.Role == Roles.AgencyHead);
        return head is not null && actors.TryGetValue(head.UserName, out var actor) ? actor : new Actor(DanVanSeeder.DemoSubmitterId, agency.HeadName ?? agency.Name);
    }

    /// <summary>Ward reports go to their district's reviewer; city and district reports, and since 2025 every ward's, to the city reviewer.</summary>
    private static string ReviewerFor(Agency agency) => agency.Unit switch
    {
        { Level: UnitLevel.Ward, Parent.Code: "HN-HK" } => DemoAccounts.HoanKiemReviewer,
        { Level: UnitLevel.Ward, Parent.Code: "HN-BD" } => DemoAccounts.BaDinhReviewer,
        _ => DemoAccounts.CityReviewer,
    };

    private static void FillLines(ProgressReport report, ReportingPeriod period, DateOnly today, int seed, bool draft)
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

    private static string Assessment(Agency agency, ReportingPeriod period, int seed, bool draft)
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

    private static string Pick(string[] phrases, int k) => phrases[Math.Abs(k) % phrases.Length];

    /// <summary>A small deterministic hash, so that the sample data is the same on every run.</summary>
    private static int Mix(int a, int b)
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

    private static readonly string[] ReturnComments =
    [
        "Đề nghị bổ sung số liệu cụ thể về kết quả giải quyết phản ánh, kiến nghị của người dân và làm rõ nguyên nhân của những tồn tại, hạn chế.",
        "Báo cáo chưa nêu rõ số cuộc đối thoại trực tiếp với Nhân dân đã tổ chức trong kỳ; đề nghị bổ sung và gửi lại.",
        "Phần đánh giá chung còn sơ sài; đề nghị nêu rõ những việc đã làm được, chưa làm được và giải pháp trong quý tới.",
    ];

    private static readonly string[] Completions =
    [
        "Đã bổ sung số liệu theo ý kiến của cơ quan thẩm định.",
        "Đã bổ sung số cuộc đối thoại và kết quả giải quyết kiến nghị theo yêu cầu.",
    ];
}
