using DanVan.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// Both migration sets match the model: SQLite migrations build a fresh database file, the SQL Server script parses as
/// T-SQL (no server needed), and SQLite connections get the pragmas the portal relies on.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private const string SqlServerConnectionString = "Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-migrations", Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Sqlite_migrations_build_an_empty_database_that_matches_the_model()
    {
        var options = new DbContextOptionsBuilder<SqliteDanVanDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "migrate.db")}")
            .Options;
        using var db = new SqliteDanVanDbContext(options);

        db.Database.Migrate();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model has changes that no migration captures: run dotnet ef migrations add --context SqliteDanVanDbContext.");
        Assert.Equal(0, db.Reports.Count());
    }

    [Fact]
    public async Task Upgrading_an_existing_database_gives_each_of_its_periods_a_fact_version()
    {
        var options = new DbContextOptionsBuilder<SqliteDanVanDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "upgrade.db")}")
            .Options;
        await using var db = new SqliteDanVanDbContext(options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_FactVersions", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO ReportingPeriods (Kind, Year, Number, DataFrom, DataTo, OpensOn, DueOn, ClosesOn) VALUES " +
            "('Quarter', 2026, 3, '2026-06-15', '2026-09-14', '2026-06-15', '2026-09-20', '2026-10-05'), " +
            "('Quarter', 2026, 4, '2026-09-15', '2026-12-14', '2026-09-15', '2026-12-20', '2027-01-04');");

        await db.Database.MigrateAsync();

        var periods = await db.Periods.Select(p => p.Id).OrderBy(id => id).ToListAsync();
        var versions = await db.FactVersions.OrderBy(v => v.PeriodId).Select(v => new { v.PeriodId, v.Version }).ToListAsync();
        Assert.Equal(2, periods.Count);
        Assert.Equal(periods, versions.Select(v => v.PeriodId));
        Assert.All(versions, v => Assert.Equal(0, v.Version));
    }

    [Fact]
    public void Sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model has changes that no migration captures: run dotnet ef migrations add --context SqlServerDanVanDbContext.");
    }

    [Fact]
    public void Sql_server_idempotent_script_is_valid_T_SQL_and_creates_the_main_tables()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var parser = new TSql180Parser(initialQuotedIdentifiers: true);

        using var reader = new StringReader(script);
        parser.Parse(reader, out IList<ParseError> errors);

        Assert.True(
            errors.Count == 0,
            $"{errors.Count} T-SQL parse error(s):{Environment.NewLine}"
                + string.Join(Environment.NewLine, errors.Take(5).Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")));
        Assert.Contains("CREATE TABLE [ProgressReports]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AdministrativeUnits]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ReportingPeriods]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [DirectiveTasks]", script, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sqlite_connection_waits_5_seconds_when_busy_and_enforces_foreign_keys()
    {
        using var provider = PortalDatabase.Services(_folder, "data/pragmas.db");
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        Assert.IsType<SqliteDanVanDbContext>(db);

        db.Database.OpenConnection();
        try
        {
            Assert.Equal((long)SqlitePragmaInterceptor.BusyTimeoutMilliseconds, PortalDatabase.Pragma(db, "busy_timeout"));
            Assert.Equal(1L, PortalDatabase.Pragma(db, "foreign_keys"));
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    [Fact]
    public async Task Every_sqlite_connection_opened_asynchronously_gets_the_same_pragmas()
    {
        await using var provider = PortalDatabase.Services(_folder, "data/pragmas.db");
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();

        await db.Database.OpenConnectionAsync();
        try
        {
            Assert.Equal((long)SqlitePragmaInterceptor.BusyTimeoutMilliseconds, PortalDatabase.Pragma(db, "busy_timeout"));
            Assert.Equal(1L, PortalDatabase.Pragma(db, "foreign_keys"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up if a handle is still open.
        }
    }

    private static SqlServerDanVanDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerDanVanDbContext>().UseSqlServer(SqlServerConnectionString).Options);
}
