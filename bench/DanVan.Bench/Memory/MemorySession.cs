using System.Diagnostics;
using DanVan.Bench.HanoiScale;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Exports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Memory;

/// <summary>
/// One data set's figures (resident sets in MiB): the migrate command's time and peak, the portal's start and its peak up
/// to the users' sign-in, and under load its peak (VmHWM, reset after sign-in), sampled peak and median, CPU time and pages.
/// </summary>
internal sealed record MemoryResult(
    HanoiDataSet Set,
    string Period,
    double MigrateSeconds,
    double MigratePeak,
    double StartSeconds,
    double StartPeak,
    double LoadPeak,
    double PeakSampled,
    double Median,
    double Seconds,
    double CpuSeconds,
    IReadOnlyList<PageLoad> Pages);

/// <summary>
/// One data set's run on a copy of its file. The copy is prepared first by the portal's <c>migrate</c> command, as
/// deploy/two-instances.sh does: on the wall clock it creates the quarters since the data set's day, with their facts,
/// which a portal that has been running meanwhile would have created one quarter at a time. Then the portal starts, timed
/// to its first page; the users sign in (three in four as the city reviewer taking the city dashboard, the .xlsx export
/// and the .docx report in turn, one in four as the lower account on its dashboard, so about as many users on each page at
/// any time); its peak so far is read and reset; an untimed warm-up, then the measured load while its VmRSS is sampled.
/// </summary>
internal static class MemorySession
{
    private const string Html = "text/html";

    public static async Task<MemoryResult> RunAsync(string root, HanoiDataSet set, string copy, MemoryOptions options)
    {
        var (periodId, period) = await PeriodAsync(set, copy);
        var watch = Stopwatch.StartNew();
        double migratePeak;
        using (var migrate = PortalChild.Start(root, copy, options.Environment, "migrate"))
        {
            var sampler = new RssSampler(migrate.Id, TimeSpan.FromMilliseconds(100));
            using var done = new CancellationTokenSource();
            var sampling = sampler.RunAsync(done.Token);
            await migrate.WaitForExitAsync();
            await done.CancelAsync();
            await sampling;
            migratePeak = sampler.Peak;
        }

        var migrateSeconds = watch.Elapsed.TotalSeconds;
        using var child = PortalChild.Start(root, copy, options.Environment);
        watch.Restart();
        using (var probe = ProxiedClient.Create(child.BaseAddress))
        {
            await child.WaitForFirstPageAsync(probe);
        }

        var startSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"  {set.Name}: migrate {migrateSeconds:0.0} s, first page after {startSeconds:0.0} s (pid {child.Id}); {period}");
        var users = await SignInAsync(child.BaseAddress, options.Users, periodId, set.Restructured, options.Pages);
        var startPeak = ProcFacts.Status(child.Id, "VmHWM") ?? 0;
        child.ResetPeak();
        await MixedLoad.RunAsync(users, TimeSpan.FromSeconds(options.WarmupSeconds));

        var load = new RssSampler(child.Id, TimeSpan.FromMilliseconds(100));
        using var stop = new CancellationTokenSource();
        var loadSampling = load.RunAsync(stop.Token);
        var cpu = ProcFacts.CpuSeconds(child.Id);
        watch.Restart();
        var pages = await MixedLoad.RunAsync(users, TimeSpan.FromSeconds(options.Seconds));
        var seconds = watch.Elapsed.TotalSeconds;
        cpu = ProcFacts.CpuSeconds(child.Id) - cpu;
        await stop.CancelAsync();
        await loadSampling;
        var loadPeak = ProcFacts.Status(child.Id, "VmHWM") ?? 0;
        users.ForEach(u => u.Client.Dispose());
        return new MemoryResult(set, period, migrateSeconds, migratePeak, startSeconds, startPeak, loadPeak, load.Peak, load.Median, seconds, cpu, pages);
    }

    /// <summary>
    /// The period the dashboard opens on at the data set's day (the latest quarter due before it); the portal, on the wall
    /// clock, might default to another, so every URL names it.
    /// </summary>
    private static async Task<(int Id, string Label)> PeriodAsync(HanoiDataSet set, string copy)
    {
        var day = Hanoi.Today(new BenchClock(set.Now));
        var wall = Hanoi.Today(TimeProvider.System);
        await using var db = HanoiGenerator.Context(copy);
        var quarters = db.Periods.AsNoTracking().Where(p => p.Kind == PeriodKind.Quarter).OrderByDescending(p => p.DueOn);
        var period = await quarters.FirstAsync(p => p.DueOn < day);
        var wallDefault = await quarters.FirstOrDefaultAsync(p => p.DueOn < wall);
        SqliteConnection.ClearAllPools();
        return (period.Id, $"period Q{period.Number}/{period.Year} (id {period.Id}), the default on the data set's day {day:dd/MM/yyyy}; "
            + (wallDefault?.Id == period.Id ? $"the same on the wall clock's {wall:dd/MM/yyyy}" : $"on the wall clock's {wall:dd/MM/yyyy} the default would be Q{wallDefault?.Number}/{wallDefault?.Year}"));
    }

    /// <summary>
    /// The users, signed in: with both kinds of pages among <paramref name="pages"/>, one in four is the lower account on its
    /// dashboard and the others the city reviewer taking the city's pages in turn; with one kind only, all take it.
    /// </summary>
    private static async Task<List<LoadUser>> SignInAsync(Uri baseAddress, int count, int periodId, bool restructured, IReadOnlyCollection<string> pages)
    {
        LoadPage[] all =
        [
            new("city", "city dashboard", $"/Dashboard?period={periodId}", Html),
            new("xlsx", "city dashboard, .xlsx export", $"/Dashboard/Export?period={periodId}", SpreadsheetWriter.ContentType),
            new("docx", "consolidated report, .docx (city)", $"/Dashboard/Report?handler=Download&period={periodId}", ConsolidatedReportDocument.ContentType),
        ];
        var city = all.Where(p => pages.Contains(p.Key)).ToList();
        LoadPage[] lower = pages.Contains("lower") ? [new("lower", restructured ? "commune dashboard (Phường Hoàn Kiếm)" : "district dashboard (Hoàn Kiếm)", $"/Dashboard?period={periodId}", Html)] : [];
        var users = new LoadUser?[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var isLower = lower.Length > 0 && (city.Count == 0 || i % 4 == 1);
            users[i] = new LoadUser(await ProxiedClient.SignedInAsync(baseAddress, isLower ? BenchAccounts.Lower : BenchAccounts.City), isLower ? lower : city);
        });
        return [.. users.OfType<LoadUser>()];
    }
}
