using System.Net;
using DanVan.Data.Seeding;
using Xunit.Abstractions;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>The dashboard's SQL commands are a fixed number, whatever the number of agencies, reports and lines.</summary>
public sealed class DashboardPerformanceTests(CountingFactory factory, ITestOutputHelper output) : IClassFixture<CountingFactory>
{
    [Fact]
    public async Task The_number_of_SQL_commands_does_not_grow_with_the_number_of_agencies()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var caugiay = await factory.UnitIdAsync("HN-CG");
        var urls = new[] { "/Dashboard", $"/Dashboard?unit={caugiay}" };
        foreach (var url in urls)
        {
            await CountAsync(client, url);
        }

        // Both counts are of views after a restructuring: its record in the change log is read once, then every figure again.
        await factory.GrowDistrictAsync("HN-HK", 1);
        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CountAsync(client, url));
        }

        await factory.GrowDistrictAsync("HN-CG", 20);
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CountAsync(client, url));
        }

        output.WriteLine($"SQL commands before: {string.Join(", ", before)}; after 20 wards × 5 agencies more than that: {string.Join(", ", after)}");
        Assert.Equal(before, after);
        Assert.All(after, count => Assert.InRange(count, 1, 25));
    }

    private async Task<int> CountAsync(HttpClient client, string url)
    {
        factory.Counter.Reset();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return factory.Counter.Count;
    }
}
