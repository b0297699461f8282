using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DanVan.Bench.HanoiScale;

/// <summary>The run as Markdown: the machine and command, the data sets, the timings, the targets and the query plans; written between markers in docs/performance.md so that the text around them stays.</summary>
internal sealed class PerformanceReport(IReadOnlyList<SetResult> results, int requests, int warmup, string load, string arguments)
{
    public const string Begin = "<!-- bench:begin: written by `dotnet run -c Release --project bench/DanVan.Bench`; edit outside the markers -->";
    public const string End = "<!-- bench:end -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Timings()
    {
        var text = new StringBuilder();
        text.AppendLine(Row(["page", .. results.Select(r => $"{r.Set.Name}: p50 / p95 ms")]));
        text.AppendLine(Row(["---", .. results.Select(_ => "---:")]));
        foreach (var (page, i) in results[0].Pages.Select((p, i) => (p.Page, i)))
        {
            text.AppendLine(Row([page, .. results.Select(r => F($"{r.Pages[i].P50:F1} / **{r.Pages[i].P95:F1}**"))]));
        }

        text.AppendLine().AppendLine("| page | data set | max ms | SQL p50 ms | other p50 ms | SQL commands | bytes |").AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            foreach (var page in result.Pages)
            {
                text.AppendLine(F($"| {page.Page} | {result.Set.Name} | {page.Max:F1} | {page.SqlP50:F1} | {page.P50 - page.SqlP50:F1} | {page.Commands} | {page.Bytes:N0} |"));
            }
        }

        return text.ToString();
    }

    public string Targets()
    {
        var text = new StringBuilder().AppendLine(Row(["target (p95)", .. results.Select(r => r.Set.Name)])).AppendLine(Row(["---", .. results.Select(_ => "---")]));
        foreach (var (label, page, limit) in new[]
                 {
                     ("city dashboard ≤ 100 ms", 0, 100.0), ("lower unit's dashboard ≤ 50 ms", 1, 50), (".xlsx export ≤ 300 ms", 2, 300), (".docx report ≤ 300 ms", 3, 300),
                     ("city dashboard, first view after a report in its quarter changed ≤ 100 ms", 9, 100), ("city dashboard, first view after every quarter changed ≤ 100 ms", 10, 100),
                     ("lower unit's dashboard, first view after a report in its quarter changed ≤ 50 ms", 11, 50),
                 })
        {
            text.AppendLine(Row([label, .. results.Select(r => F($"{r.Pages[page].P95:F0} ms {(r.Pages[page].P95 <= limit ? "met" : "**not met**")}"))]));
        }

        var twenty = results.FirstOrDefault(r => r.Set is { Restructured: true, Quarters: 20 });
        var long200 = results.FirstOrDefault(r => r.Set is { Restructured: true, Quarters: 200 });
        if (twenty is not null && long200 is not null)
        {
            text.AppendLine().AppendLine("| 200 quarters vs 20 (after 2025) ≤ 1.3 × | p50 ratio | p95 ratio | |").AppendLine("|---|---:|---:|---|");
            foreach (var (page, i) in twenty.Pages.Select((p, i) => (p.Page, i)).Where(p => p.i < 4))
            {
                var (median, tail) = (long200.Pages[i].P50 / twenty.Pages[i].P50, long200.Pages[i].P95 / twenty.Pages[i].P95);
                text.AppendLine(F($"| {page} | {median:F2} | {tail:F2} | {(Math.Max(median, tail) <= 1.3 ? "met" : "**not met**")} |"));
            }
        }

        return text.ToString();
    }

    public async Task WriteAsync(string path)
    {
        var section = new StringBuilder().AppendLine(Begin).AppendLine("## Last run").AppendLine()
            .AppendLine(F($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}; Release build; the portal in process (WebApplicationFactory, TestServer: no socket) ")
                + F($"in the Production environment with server GC (as the portal runs) on SQLite {SqliteVersion()}, request logs off. Every page first gets {warmup} untimed ")
                + F($"warm-up requests, then, page by page, {warmup} more and {requests} timed ones, one at a time, the data sets taking turns request by request; p95 is the {Math.Ceiling(0.95 * requests)}th fastest of {requests}. ")
                + F($"Load average (1 minute) {load} during the measurement. \"SQL\" is the time inside the ")
                + "request's SQL commands (execution and reading every row, as EF's interceptor measures it), summed over the three connections a dashboard, "
                + "workbook or report reads on at once, so it can exceed the request's time; \"other\" is the request's time minus that sum (the page's C#, "
                + "rendering, the export's document), negative when the connections overlapped more than the rest took.")
            .AppendLine().AppendLine("```").AppendLine("dotnet run -c Release --project bench/DanVan.Bench" + (arguments.Length > 0 ? " -- " + arguments : string.Empty)).AppendLine("```").AppendLine()
            .AppendLine("### Data sets").AppendLine().AppendLine(DataSets())
            .AppendLine("### Timings").AppendLine().AppendLine(Timings())
            .AppendLine("### Targets").AppendLine().AppendLine(Targets())
            .AppendLine("### Where the city dashboard's time goes").AppendLine().AppendLine(Breakdown())
            .AppendLine("### Query plans").AppendLine().AppendLine(Plans())
            .Append(End);
        await WriteBetweenAsync(path, Begin, End, section.ToString(), "# Performance at Hanoi's size");
    }

    /// <summary>Replaces what lies between <paramref name="begin"/> and <paramref name="end"/> in the file (the markers included) with <paramref name="section"/>, or appends it.</summary>
    internal static async Task WriteBetweenAsync(string path, string begin, string end, string section, string title)
    {
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path) : $"{title}\n\n{begin}\n{end}\n";
        var from = existing.IndexOf(begin, StringComparison.Ordinal);
        var to = existing.IndexOf(end, StringComparison.Ordinal);
        var text = from >= 0 && to > from ? existing[..from] + section + existing[(to + end.Length)..] : existing.TrimEnd() + "\n\n" + section + "\n";
        await File.WriteAllTextAsync(path, text);
    }

    /// <summary>Each DashboardQueries call of the city's view: median total and SQL time, per data set.</summary>
    internal string Breakdown()
    {
        var text = new StringBuilder().AppendLine(Row(["call (city, default view)", .. results.Select(r => $"{r.Set.Name}: ms (SQL ms)")]))
            .AppendLine(Row(["---", .. results.Select(_ => "---:")]));
        foreach (var (step, i) in results[0].Breakdown.Select((s, i) => (s.Step, i)))
        {
            text.AppendLine(Row([step, .. results.Select(r => F($"{r.Breakdown[i].Milliseconds:F1} ({r.Breakdown[i].SqlMilliseconds:F1})"))]));
        }

        return text.ToString();
    }

    internal string DataSets()
    {
        string[] counts = ["units", "agencies", "assignments", "periods", "reports", "report lines", "report versions", "facts", "fact lines", "fact indicators"];
        var text = new StringBuilder().AppendLine(Row(["data set", .. counts, "file", "generated in"])).AppendLine(Row([.. Enumerable.Repeat("---:", counts.Length + 3)]));
        foreach (var result in results)
        {
            var stats = result.Stats;
            text.AppendLine(Row([result.Set.Name, .. counts.Select(c => F($"{stats.Counts[c]:N0}")), F($"{stats.Bytes / 1048576.0:N0} MiB"), F($"{stats.Seconds / 60:F1} min")]));
        }

        return text.ToString();
    }

    /// <summary>Each distinct plan once, with the data sets it was seen in; full scans of the big tables first.</summary>
    internal string Plans()
    {
        var plans = results.SelectMany(r => r.Plans.Select(p => (r.Set.Name, Plan: p)))
            .GroupBy(x => (x.Plan.Origin, Steps: string.Join("; ", x.Plan.Steps.Select(s => s.Trim()))))
            .Select(g => (g.Key.Origin, g.Key.Steps, g.First().Plan.FullScans, Sets: string.Join(", ", g.Select(x => F($"{x.Name} ({x.Plan.Milliseconds:F1} ms)")).Distinct())))
            .OrderBy(p => p.FullScans.Count == 0).ThenBy(p => p.Origin, StringComparer.Ordinal).ToList();
        var scans = plans.Where(p => p.FullScans.Count > 0).ToList();
        var text = new StringBuilder()
            .AppendLine(F($"{plans.Count} distinct plans of the SELECTs run by the pages above (captured from the last warm-up request of each page; the lower unit's ")
                + F($"dashboard runs the same statements as the city's with other parameters); {scans.Count} read a whole big table (SCAN of ReportLines, ReportingFacts, ")
                + "ReportingFactLines, their texts and indicators, ProgressReports or ReportVersions).")
            .AppendLine().AppendLine("| portal method | plan | full scans of big tables | data sets (the command's time in the captured request) |").AppendLine("|---|---|---|---|");
        foreach (var plan in plans)
        {
            text.AppendLine($"| {plan.Origin} | {plan.Steps.Replace("|", "\\|", StringComparison.Ordinal)} | {(plan.FullScans.Count == 0 ? "none" : string.Join("; ", plan.FullScans))} | {plan.Sets} |");
        }

        return text.ToString();
    }

    internal static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0;
        return F($"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory:F0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
    }

    internal static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";

    private static string F(FormattableString text) => text.ToString(Invariant);
}
