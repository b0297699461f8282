using System.Diagnostics;
using System.Globalization;
using System.Net;

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

/// <summary>One data set's run: its description, the portal's start, the pages' timings, the city view's breakdown, the plans of the pages' SQL, and the machine's load average (1 minute) before and after.</summary>
internal sealed record SetResult(HanoiDataSet Set, DataSetStats Stats, double StartSeconds, IReadOnlyList<PageTiming> Pages, IReadOnlyList<BreakdownStep> Breakdown, IReadOnlyList<QueryPlan> Plans, string Load);

/// <summary>
/// Hanoi's size: for each data set (generated or reused), starts the portal in process on it, signs in, and times the
/// city dashboard, the lower unit's dashboard, the Excel export, the consolidated Word report and /healthz, one request at
/// a time: <c>--warmup</c> untimed requests (the first one's SQL is captured for EXPLAIN QUERY PLAN), then
/// <c>--requests</c> timed ones. Prints the table and writes it to docs/performance.md.
/// </summary>
internal static class HanoiRun
{
    public static async Task RunAsync(string[] args)
    {
        var root = RepositoryRoot();
        var seed = Options.Int(args, "--seed", 7);
        var requests = Options.Int(args, "--requests", 30);
        var warmup = Options.Int(args, "--warmup", 5);
        var folder = Path.GetFullPath(Options.Text(args, "--data", Path.Combine(root, "bench", "data")));
        var wanted = Options.Text(args, "--sets", "before,after,long").Split(',');
        var sets = HanoiDataSet.All(seed).Where((s, i) => wanted.Contains(new[] { "before", "after", "long" }[i])).ToList();
        var results = new List<SetResult>();
        foreach (var set in sets)
        {
            var (path, stats) = await HanoiGenerator.EnsureAsync(set, folder, CancellationToken.None);
            results.Add(await MeasureAsync(set, path, stats, requests, warmup));
        }

        var report = new PerformanceReport(results, requests, warmup, string.Join(' ', args));
        Console.WriteLine(report.Timings());
        Console.WriteLine(report.Targets());
        if (Options.Text(args, "--doc", "docs/performance.md") is var doc && doc != "none")
        {
            await report.WriteAsync(Path.Combine(root, doc));
            Console.WriteLine($"Written to {doc}");
        }
    }

    private static async Task<SetResult> MeasureAsync(HanoiDataSet set, string path, DataSetStats stats, int requests, int warmup)
    {
        var loadBefore = LoadAverage();
        var recorder = new SqlRecorder();
        var started = Stopwatch.StartNew();
        var clock = new BenchClock(set.Now);
        using var portal = new BenchPortal(path, clock, recorder.Register);
        var city = await portal.SignedInAsync(BenchAccounts.City);
        var startSeconds = started.Elapsed.TotalSeconds;
        var lower = await portal.SignedInAsync(BenchAccounts.Lower);
        var pages = new (string Name, HttpClient Client, string Url)[]
        {
            ("city dashboard", city, "/Dashboard"),
            (set.Restructured ? "commune dashboard (Phường Hoàn Kiếm)" : "district dashboard (Hoàn Kiếm)", lower, "/Dashboard"),
            ("city dashboard, .xlsx export", city, "/Dashboard/Export"),
            ("consolidated report, .docx (city)", city, "/Dashboard/Report?handler=Download"),
            ("/healthz", portal.Anonymous(), "/healthz"),
        };
        Console.WriteLine($"## {set.Name}: portal started and signed in in {startSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        var timings = new List<PageTiming>();
        var captured = new List<RecordedCommand>();
        foreach (var (name, client, url) in pages)
        {
            var uri = new Uri(url, UriKind.Relative);
            long bytes = 0;
            for (var i = 0; i < warmup; i++)
            {
                recorder.CaptureNext = i == 0;
                bytes = await GetAsync(client, uri);
                if (i == 0)
                {
                    captured.AddRange(recorder.Latest!.Commands);
                }
            }

            var commands = recorder.Latest!.Count;
            var times = new List<double>();
            var sql = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                await GetAsync(client, uri);
                times.Add(watch.Elapsed.TotalMilliseconds);
                sql.Add(recorder.Latest!.Milliseconds);
            }

            var timing = new PageTiming(name, url, times, sql, commands, bytes);
            timings.Add(timing);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: p50 {timing.P50:F1} ms, p95 {timing.P95:F1} ms (SQL p50 {timing.SqlP50:F1} ms in {commands} commands), {bytes / 1024.0:F0} KB"));
        }

        var breakdown = await DashboardBreakdown.MeasureAsync(portal.Services, clock, Math.Max(3, requests / 3));
        foreach (var step in breakdown)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  city {step.Step}: {step.Milliseconds:F1} ms (SQL {step.SqlMilliseconds:F1} ms)"));
        }

        var plans = QueryPlans.Explain(path, captured);
        return new SetResult(set, stats, startSeconds, timings, breakdown, plans, $"{loadBefore} → {LoadAverage()}");
    }

    private static async Task<long> GetAsync(HttpClient client, Uri uri)
    {
        using var response = await client.GetAsync(uri);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {uri} answered {(int)response.StatusCode}.");
        }

        return body.Length;
    }

    /// <summary>The 1-minute load average, to tell a quiet machine's figures from a busy one's.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string RepositoryRoot()
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
