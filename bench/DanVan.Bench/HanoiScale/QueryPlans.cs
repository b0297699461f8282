using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace DanVan.Bench.HanoiScale;

/// <summary>The query plan of one captured command: each step, and the steps that read a whole fact or report-line table.</summary>
internal sealed record QueryPlan(string Origin, string Sql, IReadOnlyList<string> Steps, IReadOnlyList<string> FullScans, double Milliseconds);

/// <summary>
/// Runs <c>EXPLAIN QUERY PLAN</c> for captured commands on a read-only connection to the data set, with the parameters
/// the portal bound, and flags every <c>SCAN</c> (a full pass over a table, or over all of an index) of the big tables.
/// </summary>
internal static partial class QueryPlans
{
    /// <summary>The tables that grow with agencies × periods × tasks.</summary>
    private static readonly HashSet<string> BigTables = ["ReportLines", "ReportingFacts", "ReportingFactLines", "ReportingFactTexts", "ReportingFactIndicators", "ProgressReports", "ReportVersions"];

    public static List<QueryPlan> Explain(string databasePath, IEnumerable<RecordedCommand> commands)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var plans = new List<QueryPlan>();
        foreach (var command in commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).DistinctBy(c => c.Sql))
        {
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
            foreach (var (name, value, type) in command.Parameters)
            {
                explain.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value) { DbType = type });
            }

            var rows = new List<(long Id, long Parent, string Detail)>();
            using (var reader = explain.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
                }
            }

            var aliases = Alias().Matches(command.Sql).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value, StringComparer.Ordinal);
            var depth = new Dictionary<long, int> { [0] = -1 };
            var steps = new List<string>();
            var scans = new List<string>();
            foreach (var (id, parent, detail) in rows)
            {
                depth[id] = depth.GetValueOrDefault(parent, -1) + 1;
                var named = Named(detail, aliases);
                steps.Add(new string(' ', 2 * depth[id]) + named);
                if (Scanned().Match(detail) is { Success: true } scan && BigTables.Contains(aliases.GetValueOrDefault(scan.Groups[1].Value, scan.Groups[1].Value)))
                {
                    scans.Add(named);
                }
            }

            plans.Add(new QueryPlan(command.Origin, command.Sql, steps, scans, command.Milliseconds));
        }

        return plans;
    }

    /// <summary>"SEARCH r0 USING INDEX …" → "SEARCH ReportingFactLines (r0) USING INDEX …".</summary>
    private static string Named(string detail, Dictionary<string, string> aliases)
    {
        var match = Step().Match(detail);
        return match.Success && aliases.TryGetValue(match.Groups[2].Value, out var table)
            ? $"{match.Groups[1].Value} {table} ({match.Groups[2].Value}){detail[match.Length..]}"
            : detail;
    }

    [GeneratedRegex("(?:FROM|JOIN) \"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex Alias();

    [GeneratedRegex("^(SCAN|SEARCH) (\\w+)")]
    private static partial Regex Step();

    [GeneratedRegex("^SCAN (\\w+)")]
    private static partial Regex Scanned();
}
