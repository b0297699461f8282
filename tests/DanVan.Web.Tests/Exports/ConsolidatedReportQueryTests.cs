using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DanVan.Web.Tests.Exports;

/// <summary>The report's SQL commands, like the dashboard's, are a fixed number whatever the number of agencies, reports and lines.</summary>
public sealed class ConsolidatedReportQueryTests(CountingFactory factory, ITestOutputHelper output) : IClassFixture<CountingFactory>
{
    [Fact]
    public async Task The_number_of_SQL_commands_does_not_grow_with_the_number_of_agencies()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        await CountAsync(client);

        // Both counts are of reports after a restructuring: its record in the change log is read once, then every figure again.
        await factory.GrowDistrictAsync("HN-HK", 1);
        var before = await CountAsync(client);

        await factory.GrowDistrictAsync("HN-CG", 10);
        var after = await CountAsync(client);

        output.WriteLine($"SQL commands for the city's report: {before} before, {after} after 10 wards × 5 agencies more than that.");
        Assert.Equal(before, after);
        Assert.InRange(after, 1, 40);
    }

    private async Task<int> CountAsync(HttpClient client)
    {
        var url = await factory.OnCurrentPeriodAsync("/Dashboard/Report?handler=Download");
        factory.Counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Counter.Count;
    }
}
