using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Sample reports for the demo, deterministic, in every workflow state: older periods accepted (some late, one returned
/// and resubmitted first), the last closed period partly accepted, partly awaiting review, partly returned, and the
/// current period with drafts and submissions.
/// </summary>
internal static class DemoReports
{
    private static readonly string[] Results =
    [
        "Đã ban hành kế hoạch thực hiện và quán triệt đến toàn thể cán bộ, công chức, viên chức.",
        "Tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu với Nhân dân trên địa bàn.",
        "Tiếp nhận và giải quyết các phản ánh, kiến nghị của người dân qua đường dây nóng và Cổng dịch vụ công.",
        "Lồng ghép nội dung dân vận chính quyền trong giao ban định kỳ và đánh giá, xếp loại cán bộ cuối năm.",
        "Phối hợp với Mặt trận Tổ quốc và các đoàn thể giám sát việc thực hiện quy chế dân chủ ở cơ sở.",
        "Công khai thủ tục hành chính, niêm yết tại bộ phận một cửa và trên trang thông tin điện tử.",
    ];

    private static readonly string[] Difficulties =
    [
        "Một số cán bộ, công chức chưa nhận thức đầy đủ vai trò của công tác dân vận chính quyền.",
        "Biên chế mỏng, cán bộ kiêm nhiệm nhiều việc.",
        "Kinh phí cho hoạt động đối thoại, tuyên truyền còn hạn chế.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị thành phố tổ chức tập huấn nghiệp vụ dân vận cho cán bộ cơ sở.",
        "Đề nghị bổ sung kinh phí cho hoạt động tuyên truyền, đối thoại.",
        "Đề nghị ban hành bộ tiêu chí đánh giá dân vận chính quyền thống nhất.",
    ];

    private static readonly string[] ReportingCodes =
    [
        "HN-SNV", "HN-STP", "HN-STC", "HN-SXD", "HN-SYT", "HN-SGDDT", "HN-BCSD",
        "HN-HK-QU", "HN-HK-UBND", "HN-HK-MTTQ", "HN-HK-HLHPN", "HN-HK-DTN",
        "HN-HK-HB-DU", "HN-HK-HB-UBND", "HN-HK-HB-MTTQ", "HN-HK-HB-HLHPN", "HN-HK-HB-DTN",
        "HN-HK-HT-DU", "HN-HK-HT-UBND", "HN-HK-HT-MTTQ", "HN-HK-TT-DU", "HN-HK-TT-UBND", "HN-HK-TT-MTTQ",
        "HN-BD-UBND", "HN-BD-PX-UBND", "HN-BD-TB-UBND", "HN-BD-DB-UBND",
    ];

    private static readonly HashSet<string> CurrentDrafts = ["HN-HK-HB-UBND", "HN-STP", "HN-HK-HB-MTTQ"];
    private static readonly HashSet<string> CurrentSubmitted = ["HN-HK-HT-UBND", "HN-HK-TT-UBND", "HN-HK-UBND", "HN-BD-TB-UBND", "HN-SYT"];

    /// <param name="periods">Newest first: the current quarter, then the four before it.</param>
    public static async Task SeedAsync(DanVanDbContext db, IReadOnlyList<ReportingPeriod> periods, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var agencies = await db.Agencies.Include(a => a.Unit).Where(a => ReportingCodes.Contains(a.Code)).ToListAsync(ct);
        var agencyIds = agencies.Select(a => a.Id).ToList();
        var assignments = (await db.Assignments.Include(a => a.Task).Where(a => agencyIds.Contains(a.AgencyId)).ToListAsync(ct)).ToLookup(a => a.AgencyId);
        var periodIds = periods.Select(p => p.Id).ToList();
        var existing = (await db.Reports.Where(r => periodIds.Contains(r.PeriodId)).Select(r => new { r.PeriodId, r.AgencyId }).ToListAsync(ct))
            .Select(r => (r.PeriodId, r.AgencyId)).ToHashSet();
        var users = await db.Users.Select(u => new { u.Email, u.Id, u.FullName }).ToListAsync(ct);
        Actor UserActor(string email) => users.Where(u => u.Email == email).Select(u => new Actor(u.Id, u.FullName)).SingleOrDefault() ?? new Actor("seed", email);

        for (var p = 0; p < periods.Count; p++)
        {
            var period = periods[p];
            for (var i = 0; i < agencies.Count; i++)
            {
                var agency = agencies[i];
                if (existing.Contains((period.Id, agency.Id)) || (p == 0 && !CurrentDrafts.Contains(agency.Code) && !CurrentSubmitted.Contains(agency.Code)))
                {
                    continue;
                }

                var report = ProgressReport.Start(agency, period, assignments[agency.Id], Hanoi.EndOfDayUtc(period.OpensOn));
                Fill(report, period, p + i);
                var head = new Actor("seed", agency.HeadName ?? agency.Name);
                var reviewer = UserActor(ReviewerOf(agency));
                if (p == 0)
                {
                    if (CurrentSubmitted.Contains(agency.Code))
                    {
                        report.Submit(head, Earlier(now, period, i % 3 + 1));
                    }
                }
                else
                {
                    var submitted = Hanoi.EndOfDayUtc(period.DueOn.AddDays(i % 4 == 0 ? 2 : -(i % 5) - 1)).AddHours(-8);
                    report.Submit(head, submitted);
                    if (p == 2 && agency.Code == "HN-HK-HT-UBND")
                    {
                        report.Return(reviewer, "Đề nghị bổ sung số liệu cụ thể về các cuộc đối thoại đã tổ chức.", submitted.AddDays(1));
                        report.Submit(head, submitted.AddDays(3));
                        report.Accept(reviewer, submitted.AddDays(4));
                    }
                    else if (p == 1 && i % 5 == 1)
                    {
                        report.Return(reviewer, "Kết quả thực hiện nhiệm vụ còn chung chung; đề nghị nêu rõ số liệu và địa chỉ cụ thể.", submitted.AddDays(2));
                    }
                    else if (p > 1 || i % 5 != 2)
                    {
                        report.Accept(reviewer, submitted.AddDays(2));
                    }
                }

                db.Reports.Add(report);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static string ReviewerOf(Agency agency) => agency.Unit!.Level switch
    {
        UnitLevel.Ward when agency.Code.StartsWith("HN-BD-", StringComparison.Ordinal) => DemoAccounts.BaDinhReviewer,
        UnitLevel.Ward => DemoAccounts.HoanKiemReviewer,
        _ => DemoAccounts.CityReviewer,
    };

    /// <summary>A submission time in the current period, some days before now but not before the period opened.</summary>
    private static DateTime Earlier(DateTime now, ReportingPeriod period, int days)
    {
        var opened = Hanoi.EndOfDayUtc(period.OpensOn);
        var at = now.AddDays(-days);
        return at < opened ? opened : at;
    }

    private static void Fill(ProgressReport report, ReportingPeriod period, int seed)
    {
        var n = 0;
        foreach (var line in report.Lines)
        {
            var k = seed + n++;
            var done = k % 3 == 0;
            report.UpdateLine(
                line,
                done ? TaskProgress.Done : TaskProgress.InProgress,
                done ? 100 : 40 + (k % 6 * 10),
                done ? period.DataTo.AddDays(-(k % 20)) : null,
                $"{Results[k % Results.Length]} {Results[(k + 2) % Results.Length]}",
                k % 2 == 0 ? Difficulties[k % Difficulties.Length] : null,
                k % 3 == 1 ? Proposals[k % Proposals.Length] : null);
        }

        report.UpdateAssessment("Cơ quan, đơn vị đã triển khai nghiêm túc các nhiệm vụ được giao theo Chỉ thị 07-CT/TU; công tác dân vận chính quyền có chuyển biến tích cực.");
    }
}
