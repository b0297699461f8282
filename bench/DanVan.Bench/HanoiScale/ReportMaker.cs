using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// What one agency did in one period, made through the domain (<see cref="ProgressReport.Start"/>, UpdateLine,
/// SetIndicator, Submit, Return, Accept), so every state and date obeys the workflow's rules. Each (agency, period) draws
/// from its own seeded <see cref="Random"/>: the same seed gives the same reports whatever else the data set holds.
/// In past periods about 3% of agencies open no report and 3% leave a draft; of the submissions 6–20% are late (more for
/// less reliable agencies), and most are accepted, some after being returned once. In the current period (the clock is on
/// its data cut-off, before the due date) a fifth are still drafts and most submissions await review.
/// </summary>
internal sealed class ReportMaker(int seed, DateTime nowUtc)
{
    private static readonly Actor Reviewer = new("bench-reviewer", "Chuyên viên Ban Dân vận");

    /// <summary>
    /// The report for the period <paramref name="age"/> quarters before the current one, or null when the agency opened
    /// none; <paramref name="previousResults"/> (by assignment) lets about 8% of lines repeat last period's results, and is updated.
    /// </summary>
    public ProgressReport? Make(Agency agency, IEnumerable<Assignment> assignments, ReportingPeriod period, int age, bool fullText, Dictionary<int, string> previousResults)
    {
        var current = age == 0;
        var random = new Random(Seeds.Of(seed, agency.Code, period.Year, period.Number));
        var reliability = Seeds.Unit(seed, agency.Code);
        var roll = random.NextDouble();
        var (none, draft) = current ? (0.04, 0.2) : (0.01 + (0.04 * (1 - reliability)), 0.03);
        if (roll < none)
        {
            return null;
        }

        var report = ProgressReport.Start(agency, period, assignments, Office(period.DataFrom.AddDays(random.Next(20)), random));
        Fill(report, agency, period, random, fullText, previousResults);
        if (roll < none + draft)
        {
            return report;
        }

        var submitter = new Actor($"bench-{agency.Code}", agency.HeadName ?? agency.Name);
        var late = !current && random.NextDouble() < 0.06 + (0.14 * (1 - reliability));
        var submitted = current
            ? nowUtc.AddHours(-1 - random.Next(24 * 12))
            : Office(late ? period.DueOn.AddDays(1 + random.Next(12)) : period.DueOn.AddDays(-random.Next(12)), random);
        report.Submit(submitter, submitted);
        Review(report, random, age, submitter, submitted);
        return report;
    }

    /// <summary>Accepted, returned once and accepted after a corrected submission, left returned, or still awaiting review.</summary>
    private void Review(ProgressReport report, Random random, int age, Actor submitter, DateTime submitted)
    {
        var roll = random.NextDouble();
        var (accepted, corrected, returned) = age switch { 0 => (0.2, 0.0, 0.06), 1 => (0.55, 0.05, 0.08), _ => (0.88, 0.06, 0.02) };
        var reviewed = submitted.AddHours(4 + random.Next(24 * 6));
        if (roll >= accepted + corrected + returned || reviewed > nowUtc)
        {
            return;
        }

        if (roll >= accepted)
        {
            report.Return(Reviewer, VietnameseText.ReturnReason(random), reviewed);
            var again = reviewed.AddHours(4 + random.Next(24 * 3));
            if (roll >= accepted + corrected || !report.AcceptsSubmissionAt(again) || again > nowUtc)
            {
                return;
            }

            if (report.Lines.FirstOrDefault(l => l.Results is { Length: <= 1960 }) is { } line)
            {
                report.UpdateLine(line, line.Progress, line.Percent, line.CompletedOn, line.Results + " Đã bổ sung số liệu theo yêu cầu.", line.Difficulties, line.Proposals);
            }

            report.Submit(submitter, again);
            reviewed = again.AddHours(4 + random.Next(24 * 4));
            if (reviewed > nowUtc)
            {
                return;
            }
        }

        report.Accept(Reviewer, reviewed, random.Next(3) == 0 ? "Báo cáo đạt yêu cầu." : null);
    }

    private void Fill(ProgressReport report, Agency agency, ReportingPeriod period, Random random, bool fullText, Dictionary<int, string> previousResults)
    {
        foreach (var line in report.Lines)
        {
            var assignment = line.Assignment!;
            var (progress, percent, completedOn) = Progress(agency, assignment, period, random);
            var results = progress == TaskProgress.NotStarted && random.Next(2) == 0
                ? null
                : fullText ? VietnameseText.ResultsText(random, agency.Name, 300, 2000) : VietnameseText.ResultsText(random, agency.Name, 60, 200);
            if (previousResults.TryGetValue(assignment.Id, out var previous) && random.NextDouble() < 0.08)
            {
                results = previous;
            }

            var difficulties = fullText ? VietnameseText.DifficultiesText(random) : null;
            var proposals = fullText ? VietnameseText.ProposalsText(random) : null;
            report.UpdateLine(line, progress, percent, completedOn, results, difficulties, proposals);
            foreach (var indicator in assignment.Task!.Indicators.Where(_ => random.NextDouble() < 0.9))
            {
                var scale = agency.Unit!.Level switch { UnitLevel.City => 20, UnitLevel.District => 6, _ => 2 };
                report.SetIndicator(line, indicator, indicator.Unit == IndicatorValue.PercentUnit ? 70 + (random.Next(61) / 2m) : random.Next(1 + (8 * scale)));
            }

            if (results is not null)
            {
                previousResults[assignment.Id] = results;
            }
        }

        report.UpdateAssessment(VietnameseText.Assessment(random, agency.Name));
    }

    /// <summary>
    /// A task with a due date is done on a day fixed per agency and task (from three months early to five months late,
    /// or not within the data's horizon for about one in eight), in progress until then; an ongoing task is in progress,
    /// done for the period's plan, or (rarely) not started.
    /// </summary>
    private (TaskProgress Progress, int Percent, DateOnly? CompletedOn) Progress(Agency agency, Assignment assignment, ReportingPeriod period, Random random)
    {
        if (assignment.DueOn is { } due)
        {
            var own = new Random(Seeds.Of(seed, $"{agency.Code}/{assignment.Task!.Number}", 0, 0));
            var done = own.NextDouble() < 0.12 ? (DateOnly?)null : due.AddDays(own.Next(-90, 150));
            return done is { } day && day <= period.DataTo
                ? (TaskProgress.Done, 100, day)
                : (TaskProgress.InProgress, Math.Clamp(95 - ((due.DayNumber - period.DataTo.DayNumber) / 8), 10, 95), null);
        }

        var roll = random.NextDouble();
        var span = period.DataTo.DayNumber - period.DataFrom.DayNumber;
        return roll switch
        {
            < 0.05 => (TaskProgress.NotStarted, 0, null),
            < 0.75 => (TaskProgress.InProgress, 30 + random.Next(66), null),
            _ => (TaskProgress.Done, 100, period.DataFrom.AddDays(random.Next(span + 1))),
        };
    }

    /// <summary>A moment of office hours (7:30–17:00 in Hanoi) on <paramref name="day"/>, in UTC.</summary>
    private static DateTime Office(DateOnly day, Random random) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(7, 30)).AddMinutes(random.Next(570)) - Hanoi.Offset, DateTimeKind.Utc);
}
