using System.Globalization;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

public class ReportingPeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(1, "2025-12-15", "2026-03-14")]
    [InlineData(2, "2026-03-15", "2026-06-14")]
    [InlineData(3, "2026-06-15", "2026-09-14")]
    [InlineData(4, "2026-09-15", "2026-12-14")]
    public void Quarter_data_runs_from_the_15th_of_the_month_before_to_the_14th_of_its_last_month(int quarter, string from, string to)
    {
        var period = ReportingPeriod.Quarter(2026, quarter);

        Assert.Equal(PeriodKind.Quarter, period.Kind);
        Assert.Equal(2026, period.Year);
        Assert.Equal(quarter, period.Number);
        Assert.Equal(D(from), period.DataFrom);
        Assert.Equal(D(to), period.DataTo);
    }

    [Fact]
    public void Six_months_data_runs_from_15_December_to_14_June()
    {
        var period = ReportingPeriod.SixMonths(2026);

        Assert.Equal((PeriodKind.SixMonths, 2026, 1), (period.Kind, period.Year, period.Number));
        Assert.Equal(D("2025-12-15"), period.DataFrom);
        Assert.Equal(D("2026-06-14"), period.DataTo);
    }

    [Fact]
    public void Annual_data_runs_from_15_December_to_14_December()
    {
        var period = ReportingPeriod.Annual(2026);

        Assert.Equal((PeriodKind.Annual, 2026, 0), (period.Kind, period.Year, period.Number));
        Assert.Equal(D("2025-12-15"), period.DataFrom);
        Assert.Equal(D("2026-12-14"), period.DataTo);
    }

    public static TheoryData<ReportingPeriod> DefaultPeriods => new()
    {
        ReportingPeriod.Quarter(2026, 1),
        ReportingPeriod.Quarter(2026, 4),
        ReportingPeriod.SixMonths(2026),
        ReportingPeriod.Annual(2026),
    };

    [Theory]
    [MemberData(nameof(DefaultPeriods))]
    public void Default_period_opens_with_its_data_is_due_six_days_after_the_cut_off_and_closes_fifteen_days_later(ReportingPeriod period)
    {
        Assert.Equal(period.DataFrom, period.OpensOn);
        Assert.Equal(period.DataTo.AddDays(6), period.DueOn);
        Assert.Equal(period.DueOn.AddDays(15), period.ClosesOn);
    }

    [Fact]
    public void Q1_2026_is_due_20_March_and_closes_4_April()
    {
        var period = ReportingPeriod.Quarter(2026, 1);

        Assert.Equal(D("2025-12-15"), period.OpensOn);
        Assert.Equal(D("2026-03-20"), period.DueOn);
        Assert.Equal(D("2026-04-04"), period.ClosesOn);
    }

    [Fact]
    public void Q4_2026_is_due_20_December_and_closes_4_January()
    {
        var period = ReportingPeriod.Quarter(2026, 4);

        Assert.Equal(D("2026-12-20"), period.DueOn);
        Assert.Equal(D("2027-01-04"), period.ClosesOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Quarter_outside_1_to_4_is_refused(int quarter)
    {
        var error = Assert.Throws<DomainException>(() => ReportingPeriod.Quarter(2026, quarter));

        Assert.Equal("period.quarter", error.Code);
    }

    [Fact]
    public void Next_of_Q4_is_Q1_of_the_next_year()
    {
        var next = ReportingPeriod.Quarter(2026, 4).Next();

        Assert.Equal((PeriodKind.Quarter, 2027, 1), (next.Kind, next.Year, next.Number));
        Assert.Equal(D("2026-12-15"), next.DataFrom);
    }

    [Fact]
    public void Previous_of_Q1_is_Q4_of_the_previous_year()
    {
        var previous = ReportingPeriod.Quarter(2026, 1).Previous();

        Assert.Equal((PeriodKind.Quarter, 2025, 4), (previous.Kind, previous.Year, previous.Number));
        Assert.Equal(D("2025-12-14"), previous.DataTo);
    }

    [Fact]
    public void Next_and_previous_within_a_year_step_one_quarter()
    {
        Assert.Equal(3, ReportingPeriod.Quarter(2026, 2).Next().Number);
        Assert.Equal(1, ReportingPeriod.Quarter(2026, 2).Previous().Number);
        Assert.Equal(2026, ReportingPeriod.Quarter(2026, 2).Next().Year);
    }

    [Fact]
    public void Six_months_and_annual_reviews_step_one_year()
    {
        Assert.Equal((PeriodKind.SixMonths, 2027), (ReportingPeriod.SixMonths(2026).Next().Kind, ReportingPeriod.SixMonths(2026).Next().Year));
        Assert.Equal((PeriodKind.SixMonths, 2025), (ReportingPeriod.SixMonths(2026).Previous().Kind, ReportingPeriod.SixMonths(2026).Previous().Year));
        Assert.Equal((PeriodKind.Annual, 2027), (ReportingPeriod.Annual(2026).Next().Kind, ReportingPeriod.Annual(2026).Next().Year));
        Assert.Equal((PeriodKind.Annual, 2025), (ReportingPeriod.Annual(2026).Previous().Kind, ReportingPeriod.Annual(2026).Previous().Year));
    }

    [Fact]
    public void Consecutive_quarters_cover_the_days_without_gap_or_overlap()
    {
        var period = ReportingPeriod.Quarter(2025, 1);
        for (var i = 0; i < 12; i++)
        {
            var next = period.Next();
            Assert.Equal(period.DataTo.AddDays(1), next.DataFrom);
            Assert.Equal((period.Kind, period.Year, period.Number), (next.Previous().Kind, next.Previous().Year, next.Previous().Number));
            period = next;
        }
    }

    [Theory]
    [InlineData("2026-11-26", 2026, 4)]
    [InlineData("2026-12-14", 2026, 4)]
    [InlineData("2026-12-15", 2027, 1)]
    [InlineData("2026-12-31", 2027, 1)]
    [InlineData("2026-01-01", 2026, 1)]
    [InlineData("2025-12-15", 2026, 1)]
    [InlineData("2026-03-14", 2026, 1)]
    [InlineData("2026-03-15", 2026, 2)]
    [InlineData("2026-09-14", 2026, 3)]
    [InlineData("2026-09-15", 2026, 4)]
    public void Quarter_containing_a_day_follows_the_data_cut_off(string day, int year, int quarter)
    {
        var period = ReportingPeriod.QuarterContaining(D(day));

        Assert.Equal((PeriodKind.Quarter, year, quarter), (period.Kind, period.Year, period.Number));
        Assert.InRange(D(day), period.DataFrom, period.DataTo);
    }

    [Fact]
    public void Create_keeps_the_given_dates()
    {
        var period = ReportingPeriod.Create(PeriodKind.Quarter, 2026, 4, D("2026-09-15"), D("2026-12-14"), D("2026-12-01"), D("2026-12-25"), D("2027-01-10"));

        Assert.Equal(
            (D("2026-09-15"), D("2026-12-14"), D("2026-12-01"), D("2026-12-25"), D("2027-01-10")),
            (period.DataFrom, period.DataTo, period.OpensOn, period.DueOn, period.ClosesOn));
    }

    [Theory]
    [InlineData("2026-12-15", "2026-12-14", "2026-12-01", "2026-12-20", "2027-01-04", "period.dataRange")]
    [InlineData("2026-09-15", "2026-12-14", "2026-12-21", "2026-12-20", "2027-01-04", "period.dateOrder")]
    [InlineData("2026-09-15", "2026-12-14", "2026-12-01", "2027-01-05", "2027-01-04", "period.dateOrder")]
    public void Create_refuses_disordered_dates(string dataFrom, string dataTo, string opensOn, string dueOn, string closesOn, string code)
    {
        var error = Assert.Throws<DomainException>(() => ReportingPeriod.Create(PeriodKind.Quarter, 2026, 4, D(dataFrom), D(dataTo), D(opensOn), D(dueOn), D(closesOn)));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Create_accepts_a_single_day_period_with_equal_dates()
    {
        var day = D("2026-12-20");

        var period = ReportingPeriod.Create(PeriodKind.Annual, 2026, 0, day, day, day, day, day);

        Assert.Equal(day, period.ClosesOn);
    }

    [Fact]
    public void Reschedule_moves_the_dates_and_refuses_disordered_ones()
    {
        var period = ReportingPeriod.Quarter(2026, 4);

        period.Reschedule(D("2026-12-01"), D("2026-12-31"), D("2027-01-15"));

        Assert.Equal((D("2026-12-01"), D("2026-12-31"), D("2027-01-15")), (period.OpensOn, period.DueOn, period.ClosesOn));
        Assert.Equal("period.dateOrder", Assert.Throws<DomainException>(() => period.Reschedule(D("2026-12-01"), D("2027-01-16"), D("2027-01-15"))).Code);
        Assert.Equal("period.dateOrder", Assert.Throws<DomainException>(() => period.Reschedule(D("2027-01-01"), D("2026-12-31"), D("2027-01-15"))).Code);
        Assert.Equal(D("2026-12-31"), period.DueOn);
    }

    [Fact]
    public void The_previous_period_is_the_same_kind_ending_last_before_it()
    {
        var q4 = ReportingPeriod.Quarter(2026, 4);
        var periods = new[] { ReportingPeriod.Quarter(2026, 2), ReportingPeriod.Quarter(2026, 3), ReportingPeriod.SixMonths(2026), q4, ReportingPeriod.Quarter(2027, 1) };
        var previous = q4.PreviousAmong(periods)!;

        Assert.Equal((PeriodKind.Quarter, 2026, 3), (previous.Kind, previous.Year, previous.Number));
        Assert.Null(ReportingPeriod.SixMonths(2026).PreviousAmong(periods));
        Assert.Null(ReportingPeriod.Quarter(2026, 2).PreviousAmong(periods));
    }
}
