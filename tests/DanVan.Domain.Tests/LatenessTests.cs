using DanVan.Domain.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Domain.Tests;

/// <summary>Deadlines are Hanoi calendar days (UTC+7); instants come from a <see cref="TimeProvider"/> in UTC.</summary>
public class LatenessTests
{
    // Q4/2026: due 20/12/2026, closes 04/01/2027.
    private static readonly ReportingPeriod Q4 = ReportingPeriod.Quarter(2026, 4);

    private static readonly DateTimeOffset LastSecondOfDueDate = new(2026, 12, 20, 23, 59, 59, Hanoi.Offset);

    private static readonly DateTimeOffset FirstSecondAfterDueDate = new(2026, 12, 21, 0, 0, 0, Hanoi.Offset);

    private static readonly DateTimeOffset LastSecondOfClosingDate = new(2027, 1, 4, 23, 59, 59, Hanoi.Offset);

    private static readonly DateTimeOffset FirstSecondAfterClosingDate = new(2027, 1, 5, 0, 0, 0, Hanoi.Offset);

    [Fact]
    public void Submission_at_23_59_59_Hanoi_time_on_the_due_date_is_on_time()
    {
        var clock = new FakeTimeProvider(LastSecondOfDueDate);

        Assert.False(Q4.IsLate(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Submission_at_midnight_Hanoi_time_after_the_due_date_is_late()
    {
        var clock = new FakeTimeProvider(FirstSecondAfterDueDate);

        Assert.True(Q4.IsLate(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void Due_date_ends_at_17_00_UTC()
    {
        Assert.False(Q4.IsLate(new DateTime(2026, 12, 20, 16, 59, 59, 999, DateTimeKind.Utc)));
        Assert.True(Q4.IsLate(new DateTime(2026, 12, 20, 17, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Report_submitted_in_the_last_second_of_the_due_date_is_not_flagged_late()
    {
        var clock = new FakeTimeProvider(LastSecondOfDueDate);
        var report = Build.Report(period: Q4).Filled();

        report.Submit(Build.Staff, clock.GetUtcNow().UtcDateTime);

        Assert.False(report.IsLate);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Report_submitted_at_midnight_after_the_due_date_is_flagged_late_but_accepted()
    {
        var clock = new FakeTimeProvider(LastSecondOfDueDate);
        var report = Build.Report(period: Q4).Filled();
        clock.Advance(TimeSpan.FromSeconds(1));

        report.Submit(Build.Staff, clock.GetUtcNow().UtcDateTime);

        Assert.True(report.IsLate);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Lateness_follows_the_latest_submission()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 19, 9, 0, 0, Hanoi.Offset));
        var report = Build.Report(period: Q4).Filled();
        report.Submit(Build.Staff, clock.GetUtcNow().UtcDateTime);
        Assert.False(report.IsLate);
        report.Return(Build.Reviewer, "Bổ sung", clock.GetUtcNow().UtcDateTime);

        clock.Advance(TimeSpan.FromDays(3));
        report.Submit(Build.Staff, clock.GetUtcNow().UtcDateTime);

        Assert.True(report.IsLate);
        Assert.Equal(new DateTime(2026, 12, 19, 2, 0, 0, DateTimeKind.Utc), report.FirstSubmittedAtUtc);
    }

    [Fact]
    public void Period_is_not_closed_until_the_end_of_the_closing_date_in_Hanoi()
    {
        Assert.False(Q4.IsClosed(LastSecondOfClosingDate.UtcDateTime));
        Assert.True(Q4.IsClosed(FirstSecondAfterClosingDate.UtcDateTime));
    }

    [Fact]
    public void Report_can_still_be_submitted_in_the_last_second_of_the_closing_date()
    {
        var clock = new FakeTimeProvider(LastSecondOfClosingDate);
        var report = Build.Report(period: Q4).Filled();

        report.Submit(Build.Staff, clock.GetUtcNow().UtcDateTime);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.IsLate);
    }

    [Fact]
    public void Report_cannot_be_submitted_from_midnight_after_the_closing_date()
    {
        var clock = new FakeTimeProvider(LastSecondOfClosingDate);
        var report = Build.Report(period: Q4).Filled();
        clock.Advance(TimeSpan.FromSeconds(1));

        var error = Assert.Throws<DomainException>(() => report.Submit(Build.Staff, clock.GetUtcNow().UtcDateTime));

        Assert.Equal("report.periodClosed", error.Code);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Period_is_open_from_midnight_Hanoi_time_on_its_opening_date_until_it_closes()
    {
        // Q4/2026 opens on 15/09/2026.
        Assert.False(Q4.IsOpen(new DateTimeOffset(2026, 9, 14, 23, 59, 59, Hanoi.Offset).UtcDateTime));
        Assert.True(Q4.IsOpen(new DateTimeOffset(2026, 9, 15, 0, 0, 0, Hanoi.Offset).UtcDateTime));
        Assert.True(Q4.IsOpen(LastSecondOfClosingDate.UtcDateTime));
        Assert.False(Q4.IsOpen(FirstSecondAfterClosingDate.UtcDateTime));
    }

    [Fact]
    public void Hanoi_today_changes_at_17_00_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 16, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 25), Hanoi.Today(clock));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateOnly(2026, 11, 26), Hanoi.Today(clock));
    }

    [Fact]
    public void Hanoi_end_of_day_is_the_next_midnight_in_Hanoi_as_a_UTC_instant()
    {
        var end = Hanoi.EndOfDayUtc(new DateOnly(2026, 12, 31));

        Assert.Equal(new DateTime(2026, 12, 31, 17, 0, 0, DateTimeKind.Utc), end);
        Assert.Equal(DateTimeKind.Utc, end.Kind);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, Hanoi.Offset), new DateTimeOffset(end));
    }

    [Fact]
    public void Hanoi_local_time_is_seven_hours_ahead_of_UTC()
    {
        Assert.Equal(new DateTime(2027, 1, 1, 6, 30, 0), Hanoi.ToLocal(new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc)), TimeSpan.Zero);
    }
}
