using DanVan.Data;
using DanVan.Web.Dashboard;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// On SQLite the figures of a unit read only that unit's subtree from the read model's indexes: the path prefix is a range
/// of the index (UnitPath &gt; ? AND UnitPath &lt; ?), not a filter over every fact of the period. A LIKE prefix alone is
/// not one on SQLite, so a province's or a commune's dashboard on a national tree read the whole nation's lines.
/// </summary>
public sealed class FactQueryPlanTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SqliteDanVanDbContext _db;

    public FactQueryPlanTests()
    {
        _connection.Open();
        _db = new SqliteDanVanDbContext(new DbContextOptionsBuilder<SqliteDanVanDbContext>().UseSqlite(_connection).Options);
        _db.Database.Migrate();
    }

    [Fact]
    public void The_figures_of_a_province_seek_its_paths_in_the_indexes()
    {
        var filter = new FactFilter([1], 1, "/VN/HN/", null, null, null);

        var plans = new[]
        {
            Plan(FactQueries.LineCounts(FactQueries.InView(_db.FactLines, filter), filter.UnitPath)),
            Plan(FactQueries.IndicatorSums(FactQueries.InView(_db.FactIndicators, filter), filter.UnitPath)),
            Plan(FactQueries.InView(_db.Facts, filter).Select(f => f.UnitPath)),
        };

        Assert.All(plans, plan => Assert.Contains("UnitPath>? AND UnitPath<?", plan, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private static string Plan<T>(IQueryable<T> query)
    {
        using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join("; ", steps);
    }
}
