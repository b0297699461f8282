using DanVan.Web.Dashboard;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>The one rule for missing figures, in the dashboard's model: a rate of 0 out of 0 and an indicator nobody gave a value for are null, not 0.</summary>
public sealed class MissingFigureRuleTests
{
    [Fact]
    public void Reporting_rate_with_no_expected_report_is_missing()
    {
        Assert.Null(ReportingCounts.Zero.Rate);
    }

    [Fact]
    public void Reporting_rate_with_expected_reports_and_none_submitted_is_a_real_0()
    {
        Assert.Equal(0, new ReportingCounts(4, 0, 0, 0, 0, 0).Rate);
    }

    [Fact]
    public void On_time_rate_with_nothing_submitted_is_missing()
    {
        Assert.Null(new ReportingCounts(4, 0, 0, 0, 0, 0).OnTimeRate);
    }

    [Fact]
    public void Rates_divide_by_what_was_expected_and_what_was_submitted()
    {
        var counts = new ReportingCounts(8, 4, 1, 0, 0, 4);

        Assert.Equal(0.5, counts.Rate);
        Assert.Equal(0.25, counts.OnTimeRate);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Indicator_without_values_is_missing(bool isPercent)
    {
        Assert.Null(new IndicatorFigure(0, 0, isPercent).Value);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Indicator_with_a_reported_0_is_0(bool isPercent)
    {
        Assert.Equal(0, new IndicatorFigure(0, 1, isPercent).Value);
    }

    [Fact]
    public void Count_indicators_add_up_and_percentages_average_over_the_reports_that_gave_them()
    {
        Assert.Equal(12, new IndicatorFigure(12, 3, IsPercent: false).Value);
        Assert.Equal(80, new IndicatorFigure(240, 3, IsPercent: true).Value);
    }

    [Theory]
    [InlineData(false, new[] { "missing", "none", "half", "all" })]
    [InlineData(true, new[] { "all", "half", "none", "missing" })]
    public void Missing_on_time_rates_sort_below_every_rate(bool descending, string[] order)
    {
        ReportingRow[] rows =
        [
            new(1, "half", new ReportingCounts(2, 2, 1, 0, 0, 0)),
            new(2, "missing", new ReportingCounts(2, 0, 0, 0, 0, 0)),
            new(3, "all", new ReportingCounts(2, 2, 2, 0, 0, 0)),
            new(4, "none", new ReportingCounts(2, 2, 0, 0, 0, 0)),
        ];

        var sorted = ReportingOrder.Sort(rows, "ontime", descending, r => r.Name);

        Assert.Equal(order, sorted.Select(r => r.Name));
    }
}
