using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Operations;

/// <summary>SQLite's query planner has statistics (sqlite_stat1) from the first start on: once ANALYZE had never run.</summary>
public sealed class PlannerStatisticsTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task The_started_portal_has_planner_statistics_for_its_busy_tables()
    {
        _ = factory.Server;

        var analyzed = await factory.QueryAsync(db => db.Database.SqlQueryRaw<string>("SELECT DISTINCT tbl AS Value FROM sqlite_stat1").ToListAsync());

        Assert.Contains("ProgressReports", analyzed);
        Assert.Contains("ReportLines", analyzed);
        Assert.Contains("Agencies", analyzed);
    }
}
