using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Infrastructure.Shadow;
using Xunit.Abstractions;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// Every query the portal runs translates on SQL Server: the portal runs on SQLite as in every test, and each query it
/// executes is also translated on a SQL Server context (<see cref="SqlServerShadowFactory"/>), without a list of queries
/// kept by hand. The tour (<see cref="PortalTour"/>) drives every page, export, list, workflow step, the API and the jobs.
/// </summary>
public sealed class EveryQueryOnSqlServerTests(SqlServerShadowFactory factory, ITestOutputHelper output) : IClassFixture<SqlServerShadowFactory>
{
    /// <summary>Well below what the tour captures (about 300 distinct commands; see the test's output), so that a shadow that stopped seeing queries fails.</summary>
    private const int AtLeastDistinctCommands = 200;

    [Fact]
    public async Task Every_query_of_every_page_export_workflow_api_call_and_job_translates_and_parses_on_SQL_Server()
    {
        var tour = new PortalTour(factory);

        await tour.RunAsync();

        var shadow = factory.Shadow;
        var distinct = shadow.Commands.GroupBy(c => c.Sql, StringComparer.Ordinal).ToList();
        output.WriteLine($"{tour.Requests} requests; {shadow.Commands.Count} SQL Server commands, {distinct.Count} distinct, by where each distinct command was first seen:");
        foreach (var origin in distinct.GroupBy(d => OriginPage(d.First().Origin)).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {origin.Count(),4}  {origin.Key}");
        }

        Assert.True(tour.ServerErrors.Count == 0, "The shadowed portal failed where it should not:" + Environment.NewLine + string.Join(Environment.NewLine, tour.ServerErrors));
        Assert.True(shadow.Failures.Count == 0, "Queries that do not translate on SQL Server:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, shadow.Failures.DistinctBy(f => f.Query)));
        var unparsed = distinct.Select(d => (d.Key, Errors: SqlServerShadow.ParseErrors(d.Key))).Where(d => d.Errors.Count > 0).ToList();
        Assert.True(unparsed.Count == 0, "SQL Server commands that T-SQL does not parse:" + Environment.NewLine + string.Join(Environment.NewLine, unparsed.Select(u => $"{string.Join("; ", u.Errors)}{Environment.NewLine}{u.Key}")));
        Assert.True(distinct.Count >= AtLeastDistinctCommands, $"Only {distinct.Count} distinct SQL Server commands were captured; is the shadow still seeing the portal's queries?");
        Assert.Contains(distinct, d => d.Any(c => c.Origin == "GET /Dashboard") && d.Key.Contains("GROUP BY", StringComparison.Ordinal));
        Assert.Contains(distinct, d => d.Any(c => c.Origin == "GET /Dashboard/Export"));
        Assert.Contains(distinct, d => d.Any(c => c.Origin.StartsWith("GET /api/v1/", StringComparison.Ordinal)));
        Assert.Contains(distinct, d => d.Any(c => c.Origin.StartsWith("job:", StringComparison.Ordinal)));
        Assert.Contains(distinct, d => d.Key.StartsWith("UPDATE", StringComparison.Ordinal) || d.Key.Contains("DELETE FROM", StringComparison.Ordinal));
    }

    /// <summary>A request's path without its ids (/Reports/Details/12 is /Reports/Details/{id}).</summary>
    private static string OriginPage(string origin) =>
        string.Join('/', origin.Split('/').Select(s => s.Length > 0 && s.All(char.IsAsciiDigit) ? "{id}" : s));
}
