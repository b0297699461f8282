using DanVan.Bench.HanoiScale;

namespace DanVan.Bench.Memory;

/// <summary>
/// The portal's own memory at Hanoi's size (issue #12: resident set ≤ 400 MB): for each of <c>--sets</c> (before 2025
/// by default; <c>before,after</c> for both), the portal runs as its own process on a copy of the cached data file (see
/// <see cref="MemorySession"/>), so that its resident set is its own, not the clients'. Prints the tables; with
/// <c>--doc docs/performance.md</c> also writes them there between markers.
/// <c>dotnet run -c Release --project bench/DanVan.Bench -- memory --data /work/main/bench/data</c>.
/// </summary>
internal static class MemoryRun
{
    public static async Task RunAsync(string[] args)
    {
        var root = HanoiRun.RepositoryRoot();
        var options = MemoryOptions.Parse(args);
        var folder = Path.GetFullPath(Options.Text(args, "--data", Path.Combine(root, "bench", "data")));
        var wanted = Options.Text(args, "--sets", "before").Split(',');
        var sets = HanoiDataSet.All(Options.Int(args, "--seed", 7), 40).Where(s => wanted.Contains(s.Key) && !s.Set.National).Select(s => s.Set).ToList();
        var results = new List<MemoryResult>();
        var load = LoadAverage();
        foreach (var set in sets)
        {
            var (path, _) = await HanoiGenerator.EnsureAsync(set, folder, CancellationToken.None);
            var copy = Path.Combine(Path.GetTempPath(), $"danvan-memory-{Guid.NewGuid():N}.db");
            File.Copy(path, copy);
            try
            {
                results.Add(await MemorySession.RunAsync(root, set, copy, options));
            }
            finally
            {
                foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }
        }

        load += " → " + LoadAverage();
        var report = new MemoryReport(results, options, load, string.Join(' ', args));
        Console.WriteLine($"Settings in the portal's environment: {options.Settings}; pages {options.PageList}; load average (1 minute) {load}");
        Console.WriteLine(report.Tables());
        var doc = Options.Text(args, "--doc", "none");
        if (doc != "none")
        {
            await report.WriteAsync(Path.Combine(root, doc));
            Console.WriteLine($"Written to {doc}");
        }
    }

    /// <summary>The 1-minute load average, to tell a quiet machine's figures from a busy one's.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
