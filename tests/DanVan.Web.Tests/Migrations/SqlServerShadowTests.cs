using DanVan.Data;
using DanVan.Web.Tests.Infrastructure.Shadow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// The shadow itself (<see cref="SqlServerShadow"/>): on a SQLite context registered as the portal registers it, a query
/// that works on SQLite but not on SQL Server is recorded as a failure while SQLite still answers it, and the ways a query
/// reaches the database (a query root, the context through a closure, ExecuteDelete, ExecuteUpdate) all reach SQL Server.
/// </summary>
public sealed class SqlServerShadowTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N"));
    private readonly SqlServerShadow _shadow = new();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = $"Data Source={Path.Combine(_folder, "danvan.db")}",
        }).Build();
        _services = new ServiceCollection().AddDanVanDatabase(configuration, _folder).AddSqlServerShadow(_shadow).BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DanVanDbContext>().Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task A_query_only_SQLite_translates_is_recorded_with_its_text_while_SQLite_still_answers_it()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();

        var units = await db.Units.Where(u => EF.Functions.Glob(u.Path, "/HN/*")).ToListAsync();

        Assert.Empty(units);
        var failure = Assert.Single(_shadow.Failures);
        Assert.Contains("Glob", failure.Query, StringComparison.Ordinal);
        Assert.Contains("could not be translated", failure.Error, StringComparison.Ordinal);
        Assert.Equal("start-up", failure.Origin);
        Assert.Empty(_shadow.Commands);
    }

    [Fact]
    public async Task Queries_through_roots_closures_and_bulk_statements_are_captured_as_T_SQL()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var prefix = "/HN/";

        Assert.Equal(0, await db.Units.CountAsync(u => u.Path.StartsWith(prefix)));
        Assert.Null(await db.Units.Where(u => db.Agencies.Any(a => a.UnitId == u.Id)).Select(u => u.Name).FirstOrDefaultAsync());
        Assert.Empty(db.Periods.OrderBy(p => p.Id).Take(5).ToList());
        Assert.Equal(0, await db.ImportBatches.Where(b => b.ImportedAtUtc == null).ExecuteDeleteAsync());
        Assert.Equal(0, await db.JobLeases.Where(l => l.Name == "x").ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "y")));

        Assert.Empty(_shadow.Failures);
        var sql = _shadow.Commands.Select(c => c.Sql).ToList();
        Assert.Equal(5, sql.Count);
        Assert.Contains("[Path] LIKE @", sql[0], StringComparison.Ordinal);
        Assert.Contains("EXISTS", sql[1], StringComparison.Ordinal);
        Assert.Contains("FROM [Agencies] AS [", sql[1], StringComparison.Ordinal);
        Assert.StartsWith("SELECT TOP(@", sql[2], StringComparison.Ordinal);
        Assert.StartsWith("DELETE FROM [i]", sql[3], StringComparison.Ordinal);
        Assert.StartsWith("UPDATE [j]", sql[4], StringComparison.Ordinal);
        Assert.All(sql, s => Assert.Empty(SqlServerShadow.ParseErrors(s)));
        Assert.NotEmpty(SqlServerShadow.ParseErrors("SELECT \"u\".\"Id\" FROM \"Units\" AS \"u\" LIMIT 1"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _shadow.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
