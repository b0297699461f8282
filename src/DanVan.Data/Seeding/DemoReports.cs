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
            DemoReportTexts.FillLines(report, period, today, seed, item.Outcome == DemoOutcome.Draft);
            report.UpdateAssessment(DemoReportTexts.Assessment(agency, period, seed, item.Outcome == DemoOutcome.Draft));
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
                        report.Return(reviewer, DemoReportTexts.Pick(DemoReportTexts.ReturnComments, seed + i), times[i]);
                        if (i + 1 < steps.Count)
                        {
                            report.UpdateAssessment(report.OverallAssessment + " " + DemoReportTexts.Pick(DemoReportTexts.Completions, seed));
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
        public int Seed => DemoReportTexts.Mix(Age + 1, DemoReportTexts.Mix(AgencyCode.Length, AgencyCode.Aggregate(7, (h, c) => unchecked((h * 31) + c))));
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
}
