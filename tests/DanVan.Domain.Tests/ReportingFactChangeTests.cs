using DanVan.Domain.Reporting.Facts;

namespace DanVan.Domain.Tests;

public sealed class ReportingFactChangeTests
{
    [Fact]
    public void The_paths_rewritten_are_kept_once_each_and_read_back()
    {
        var change = new ReportingFactChange(3, 8, ["/HN/HK/HB/", "/HN/BD/PX/", "/HN/HK/HB/"]);

        Assert.Equal("/HN/BD/PX/\n/HN/HK/HB/", change.UnitPaths);
        Assert.Equal(["/HN/BD/PX/", "/HN/HK/HB/"], ReportingFactChange.PathsOf(change.UnitPaths));
    }

    [Fact]
    public void A_rewrite_that_touched_no_fact_names_no_path_and_is_not_a_rewrite_of_the_whole_period()
    {
        var change = new ReportingFactChange(3, 8, []);

        Assert.Equal(string.Empty, change.UnitPaths);
        Assert.Empty(ReportingFactChange.PathsOf(change.UnitPaths)!);
    }

    [Fact]
    public void The_whole_period_or_more_units_than_the_limit_are_recorded_as_the_whole_period()
    {
        var many = Enumerable.Range(0, ReportingFactChange.MaxPaths + 1).Select(i => $"/HN/W{i}/").ToList();

        Assert.Null(new ReportingFactChange(3, 8, null).UnitPaths);
        Assert.Null(new ReportingFactChange(3, 8, many).UnitPaths);
        Assert.NotNull(new ReportingFactChange(3, 8, many.Take(ReportingFactChange.MaxPaths).ToList()).UnitPaths);
        Assert.Null(ReportingFactChange.PathsOf(null));
    }
}
