using System.Globalization;
using DanVan.Bench.National;

namespace DanVan.Bench.HanoiScale;

/// <summary>The timings of one page: every timed request's total and SQL time, the SQL commands of one request, the size of the answer.</summary>
internal sealed record PageTiming(string Page, string Url, IReadOnlyList<double> Times, IReadOnlyList<double> SqlTimes, int Commands, long Bytes)
{
    public double P50 => Percentile(Times, 0.50);

    public double P95 => Percentile(Times, 0.95);

    public double Max => Times.Max();

    public double SqlP50 => Percentile(SqlTimes, 0.50);

    /// <summary>Nearest rank: of 30 requests, the 95th percentile is the 29th fastest.</summary>
    private static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

/// <summary>One data set's run: its description, the portal's start, the pages' timings, the city view's breakdown and the plans of the pages' SQL.</summary>
internal sealed record SetResult(HanoiDataSet Set, DataSetStats Stats, double StartSeconds, IReadOnlyList<PageTiming> Pages, IReadOnlyList<BreakdownStep> Breakdown, IReadOnlyList<QueryPlan> Plans);

/// <summary>
/// Hanoi's size: generates (or reuses) each data set's file, starts a portal in process on each, signs in, and times the
/// city dashboard, the lower unit's dashboard, the Excel export, the consolidated Word report and /healthz, one request at
/// a time: <c>--warmup</c> untimed requests (the last one's SQL is captured for EXPLAIN QUERY PLAN; forty by default,
/// since the JIT recompiles a method at full optimization only after 30 calls, and a portal that has been running has
/// its hot paths compiled so), then <c>--requests</c> timed ones, taking the data sets in turn request by request, so
/// that a change in the machine's load touches every data set alike. Prints the table and writes it to docs/performance.md;
/// with the national set among them (<c>--sets after,national</c>), only the national set's section (see <see cref="NationalReport"/>).
/// </summary>
internal static class HanoiRun
{
    public static async Task RunAsync(string[] args)
    {
        var root = RepositoryRoot();
        var seed = Options.Int(args, "--seed", 7);
        var requests = Options.Int(args, "--requests", 30);
        var warmup = Options.Int(args, "--warmup", 40);
        var folder = Path.GetFullPath(Options.Text(args, "--data", Path.Combine(root, "bench", "data")));
        var wanted = Options.Text(args, "--sets", "before,after,long").Split(',');
        var sets = HanoiDataSet.All(seed, Options.Int(args, "--quarters", 40)).Where(s => wanted.Contains(s.Key)).Select(s => s.Set).ToList();
        var sessions = new List<SetSession>();
        try
        {
            foreach (var set in sets)
            {
                var (path, stats) = await HanoiGenerator.EnsureAsync(set, folder, CancellationToken.None);
                if (!args.Contains("--generate-only"))
                {
                    sessions.Add(await SetSession.StartAsync(set, path, stats));
                }
            }

            if (sessions.Count == 0)
            {
                return;
            }

            var load = LoadAverage();
            var results = await MeasureAsync(sessions, requests, warmup);
            load += " → " + LoadAverage();
            var doc = Options.Text(args, "--doc", "docs/performance.md");
            var hanoi = results.Where(r => !r.Set.National).ToList();
            if (hanoi.Count > 0)
            {
                var report = new PerformanceReport(hanoi, requests, warmup, load, string.Join(' ', args));
                Console.WriteLine(report.Timings());
                Console.WriteLine(report.Targets());
                if (doc != "none" && hanoi.Count == results.Count)
                {
                    await report.WriteAsync(Path.Combine(root, doc));
                    Console.WriteLine($"Written to {doc}");
                }
            }

            if (results.Find(r => r.Set.National) is { } national)
            {
                var report = new NationalReport(national, hanoi, requests, warmup, load, string.Join(' ', args));
                Console.WriteLine(report.Timings());
                Console.WriteLine(report.Targets());
                if (doc != "none")
                {
                    await report.WriteAsync(Path.Combine(root, doc));
                    Console.WriteLine($"National section written to {doc} (the Hanoi sets' section is written only by a run without the national set)");
                }
            }
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    /// <summary>
    /// Every page warmed up once on every data set first (so that the page timed first does not carry the tiered
    /// compilation of code the later pages share), then page by page: the warm-up again, then the timed requests, one data
    /// set after the other for each.
    /// </summary>
    private static async Task<List<SetResult>> MeasureAsync(List<SetSession> sessions, int requests, int warmup)
    {
        for (var page = 0; page < sessions.Max(s => s.PageCount); page++)
        {
            foreach (var session in sessions.Where(s => page < s.PageCount))
            {
                await session.WarmUpAsync(page, warmup);
            }
        }

        for (var page = 0; page < sessions.Max(s => s.PageCount); page++)
        {
            var having = sessions.Where(s => page < s.PageCount).ToList();
            foreach (var session in having)
            {
                await session.WarmUpAsync(page, warmup);
            }

            for (var i = 0; i < requests; i++)
            {
                foreach (var session in having)
                {
                    await session.TimeAsync(page);
                }
            }

            foreach (var session in having)
            {
                var timing = session.Timing(page);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {session.Set.Name}, {timing.Page}: p50 {timing.P50:F1} ms, p95 {timing.P95:F1} ms (SQL p50 {timing.SqlP50:F1} ms in {timing.Commands} commands), {timing.Bytes / 1024.0:F0} KB"));
            }
        }

        var results = new List<SetResult>();
        foreach (var session in sessions)
        {
            results.Add(await session.ResultAsync(Math.Max(3, requests / 3)));
        }

        return results;
    }

    /// <summary>The 1-minute load average, to tell a quiet machine's figures from a busy one's.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DanVan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from the repository (DanVan.sln not found above the program).");
    }
}

/// <summary>Command-line options: <c>--name value</c>.</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name, string.Empty), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static string Text(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
