using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// An instance keeps the dashboard's grouped read-model rows and the period's tree while the periods' fact versions stay
/// the same, and the catalogue a view starts from while the catalogue's version does: a second view reads none of them
/// again, and a submission through another instance on the same database is seen at once (a restructuring too:
/// <see cref="Figures.RestructuringTests"/>).
/// </summary>
public sealed class FigureCacheTests(CountingFactory factory) : IClassFixture<CountingFactory>
{
    /// <summary>The grouped reads of a view: reporting counts, line counts, indicator sums (its period) and the indicators' trend (earlier periods).</summary>
    private const int GroupedReads = 4;

    /// <summary>The results of the city's own agencies in the previous quarter, compared for the matrix's flags of unchanged lines (the quarter's are read with its lines).</summary>
    private const int UnchangedReads = 1;

    /// <summary>The administrative tree of the quarter's data cut-off.</summary>
    private const int TreeReads = 1;

    /// <summary>The directives, the periods and today's names of the breadcrumb's units, kept under the catalogue's version.</summary>
    private const int CatalogueReads = 3;

    [Fact]
    public async Task A_second_view_reads_no_grouped_facts_and_a_submission_through_another_instance_is_seen_at_once()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var url = $"/Dashboard?period={periodId}";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var versionsBefore = await VersionsAsync();

        var first = await ViewAsync(reviewer, url);
        var second = await ViewAsync(reviewer, url);

        Assert.Equal(GroupedReads, first.Grouped);
        Assert.Equal(0, second.Grouped);
        Assert.Equal(first.Commands - GroupedReads - UnchangedReads - TreeReads - CatalogueReads, second.Commands);
        Assert.Equal(first.Submitted, second.Submitted);

        using (var other = new OtherInstance(factory.Folder))
        {
            var head = await other.ClientAsync(DemoAccounts.HangBacHead);
            var submitted = await ReportEditor.SubmitFirstLineDoneAsync(head, periodId, "Phường hoàn thành các nhiệm vụ trọng tâm của quý.");
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.StartsWith("/Reports/Details/", submitted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var third = await ViewAsync(reviewer, url);

        var versionsAfter = await VersionsAsync();
        Assert.True(versionsAfter[periodId] > versionsBefore[periodId]);
        Assert.Equal(versionsBefore.Where(v => v.Key != periodId), versionsAfter.Where(v => v.Key != periodId));
        Assert.Equal(GroupedReads - 1, third.Grouped); // the earlier quarters' indicator trend is still theirs: kept
        Assert.Equal(first.Submitted + 1, third.Submitted);
    }

    [Fact]
    public async Task Rows_are_read_again_for_another_version_another_filter_or_one_agency_and_never_when_turned_off()
    {
        using var cache = new FigureCache(Options.Create(new FigureCacheOptions()));
        var reads = 0;
        Task<List<int>> Read() => Task.FromResult(new List<int> { ++reads });
        var city = new FactFilter([7], 1, "HN/", null, null, null);
        var versions = new Dictionary<int, long> { [7] = 3 };

        Assert.Equal([1], await cache.GetOrReadAsync("q", city, versions, Read));
        Assert.Equal([1], await cache.GetOrReadAsync("q", city, new Dictionary<int, long> { [7] = 3 }, Read));
        Assert.Equal([2], await cache.GetOrReadAsync("q", city, new Dictionary<int, long> { [7] = 4 }, Read));
        Assert.Equal([3], await cache.GetOrReadAsync("q", city with { UnitPath = "HN/HK/" }, versions, Read));
        Assert.Equal([4], await cache.GetOrReadAsync("q", city with { Kind = Domain.Organization.AgencyKind.PeoplesCommittee }, versions, Read));
        Assert.Equal([5], await cache.GetOrReadAsync("other", city, versions, Read));
        Assert.Equal([6], await cache.GetOrReadAsync("q", city with { AgencyId = 12 }, versions, Read));
        Assert.Equal([7], await cache.GetOrReadAsync("q", city with { AgencyId = 12 }, versions, Read));

        using var off = new FigureCache(Options.Create(new FigureCacheOptions { FigureCacheRows = 0 }));
        Assert.Equal([8], await off.GetOrReadAsync("q", city, versions, Read));
        Assert.Equal([9], await off.GetOrReadAsync("q", city, versions, Read));
    }

    [Fact]
    public async Task A_row_counts_towards_the_limit_as_its_weight_says_and_rows_heavier_than_the_limit_are_not_kept()
    {
        using var cache = new FigureCache(Options.Create(new FigureCacheOptions { FigureCacheRows = 10 }));
        var reads = 0;
        Task<List<int>> Read() => Task.FromResult(new List<int> { ++reads });
        var city = new FactFilter([7], 1, "HN/", null, null, null);
        var versions = new Dictionary<int, long> { [7] = 3 };

        Assert.Equal([1], await cache.GetOrReadAsync("summary", city, versions, Read, _ => 10));
        Assert.Equal([1], await cache.GetOrReadAsync("summary", city, versions, Read, _ => 10));
        Assert.Equal([2], await cache.GetOrReadAsync("heavier", city, versions, Read, _ => 11));
        Assert.Equal([3], await cache.GetOrReadAsync("heavier", city, versions, Read, _ => 11));
    }

    [Fact]
    public async Task A_period_created_gets_its_first_fact_version_in_the_same_save()
    {
        var created = await factory.QueryAsync(async db =>
        {
            var period = Domain.Reporting.ReportingPeriod.Annual(2031);
            db.Periods.Add(period);
            await db.SaveChangesAsync();
            return period.Id;
        });

        Assert.Equal(1, (await VersionsAsync())[created]);
    }

    private Task<Dictionary<int, long>> VersionsAsync() =>
        factory.QueryAsync(db => db.FactVersions.OrderBy(v => v.PeriodId).ToDictionaryAsync(v => v.PeriodId, v => v.Version));

    private async Task<(int Commands, int Grouped, int Submitted)> ViewAsync(HttpClient client, string url)
    {
        factory.Counter.Reset();
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var grouped = factory.Counter.Texts.Count(t => t.Contains("GROUP BY", StringComparison.Ordinal)
            && (t.Contains("FROM \"ReportingFactIndicators\"", StringComparison.Ordinal) || t.Contains("FROM \"ReportingFactLines\"", StringComparison.Ordinal)
                || t.Contains("GROUP BY \"r\".\"UnitPath\", \"r\".\"Level\"", StringComparison.Ordinal)));
        var submitted = int.Parse(page.Document.QuerySelector("[data-testid=figure-submitted]")!.TextContent, CultureInfo.InvariantCulture);
        return (factory.Counter.Count, grouped, submitted);
    }

    /// <summary>A second instance of the portal on the first one's database, as behind a load balancer.</summary>
    private sealed class OtherInstance(string folder) : SignedInFactory(folder)
    {
        protected override bool DeletesFolder => false;
    }
}
