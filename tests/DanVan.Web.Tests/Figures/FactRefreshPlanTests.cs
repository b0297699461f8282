using System.Data.Common;
using System.Text.RegularExpressions;
using DanVan.Data;
using DanVan.Data.Facts;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Figures;

/// <summary>
/// Refreshing one agency's facts (what every submission, acceptance and return does inside its transaction) reads and
/// deletes by index: no statement scans a fact table. A correlated EXISTS once made SQLite scan every fact line of the
/// database (360,000 at Hanoi's size, 270 ms of a 350 ms submission).
/// </summary>
public sealed class FactRefreshPlanTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    private static readonly string[] FactTables = ["ReportingFacts", "ReportingFactLines", "ReportingFactTexts", "ReportingFactIndicators"];

    [Fact]
    public async Task Refreshing_one_agencys_facts_scans_no_fact_table()
    {
        var (periodId, agencyId) = await AnyFactAsync();
        var recorder = new Recorder();
        var options = new DbContextOptionsBuilder<SqliteDanVanDbContext>().UseSqlite($"Data Source={factory.DatabasePath}").AddInterceptors(recorder).Options;
        await using (var db = new SqliteDanVanDbContext(options))
        {
            await ReportingFactWriter.RefreshAsync(db, periodId, [agencyId], default);
            await db.SaveChangesAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        var plans = recorder.Commands.Where(c => !c.Text.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase))
            .Select(c => (c.Text, Plan: Explain(connection, c))).ToList();

        Assert.Contains(plans, p => p.Text.Contains("DELETE FROM \"ReportingFactLines\"", StringComparison.Ordinal));
        Assert.All(plans, p => Assert.False(
            p.Plan.Any(step => ScannedTable(p.Text, step) is { } table && FactTables.Contains(table)),
            $"{p.Text}\n scans a fact table: {string.Join("; ", p.Plan)}"));
    }

    /// <summary>The table a plan step scans, by its name or by the alias the statement gives it; null for a step that is no scan.</summary>
    private static string? ScannedTable(string sql, string step)
    {
        if (!step.StartsWith("SCAN ", StringComparison.Ordinal))
        {
            return null;
        }

        var name = step[5..].Split(' ')[0];
        var aliased = Regex.Match(sql, $"\"(\\w+)\" AS \"{Regex.Escape(name)}\"");
        return aliased.Success ? aliased.Groups[1].Value : name;
    }

    private static List<string> Explain(SqliteConnection connection, (string Text, List<(string Name, object? Value)> Parameters) command)
    {
        using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        using var reader = explain.ExecuteReader();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private async Task<(int PeriodId, int AgencyId)> AnyFactAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var fact = await db.Facts.AsNoTracking().Where(f => f.ReportId != null).OrderBy(f => f.Id).FirstAsync();
        return (fact.PeriodId, fact.AgencyId);
    }

    private sealed class Recorder : DbCommandInterceptor
    {
        public List<(string Text, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Add(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Add(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Add(DbCommand command) =>
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value)).ToList()));
    }
}
