using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DanVan.Bench.HanoiScale;
using DanVan.Bench.Memory;
using DanVan.Data;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench.Rush;

/// <summary>
/// The deadline rush (issue #12): on a copy of the Hanoi-size data set before 2025, on its day (the current quarter open,
/// a fifth of the reports drafts), against the built portal over loopback (<see cref="RushTarget"/>; <c>--in-process</c>
/// for the portal in the bench's process), <c>--heads</c> (1,000) heads of agencies that have not submitted yet, <c>--users</c>
/// (100) at a time, each open the report form, save a draft, open it again and submit, with real sign-in cookies and
/// antiforgery tokens; then /healthz and the city dashboard are each hammered by as many clients for a few seconds, for
/// their throughput; then <see cref="PacedRush"/>: more heads arriving at given rates; then the database is checked:
/// every acknowledged submission stored exactly once.
/// <c>dotnet run -c Release --project bench/DanVan.Bench -- rush</c>.
/// </summary>
internal static class RushRun
{
    public static async Task RunAsync(string[] args)
    {
        var heads = Options.Int(args, "--heads", 1000);
        var users = Options.Int(args, "--users", 100);
        var rates = PacedRush.Rates(args);
        var paced = rates.Count * Options.Int(args, "--paced-heads", 200);
        var set = HanoiDataSet.All(Options.Int(args, "--seed", 7), 40)[0].Set;
        var folder = Path.GetFullPath(Options.Text(args, "--data", Path.Combine(HanoiRun.RepositoryRoot(), "bench", "data")));
        var (path, _) = await HanoiGenerator.EnsureAsync(set, folder, CancellationToken.None);
        var copy = Path.Combine(Path.GetTempPath(), $"danvan-rush-{Guid.NewGuid():N}.db");
        File.Copy(path, copy);
        try
        {
            await RunOnAsync(copy, set, heads, users, paced, rates, args.Contains("--in-process"), MemoryOptions.Parse(args).Environment);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task RunOnAsync(string copy, HanoiDataSet set, int headCount, int users, int pacedCount, IReadOnlyList<double> rates, bool inProcess, IReadOnlyDictionary<string, string> environment)
    {
        var started = Stopwatch.StartNew();
        var quarter = ReportingPeriod.QuarterContaining(DateOnly.FromDateTime(set.Now.UtcDateTime));
        int periodId;
        IReadOnlyList<string> all;
        using (var setup = new BenchPortal(copy, new BenchClock(set.Now)))
        {
            periodId = await Query(setup, db => db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.Year == quarter.Year && p.Number == quarter.Number).Select(p => p.Id).SingleAsync());
            all = await RushHeads.CreateAsync(setup.Services, periodId, headCount + pacedCount, CancellationToken.None);
        }

        using var portal = await RushTarget.StartAsync(copy, set, inProcess, environment);
        Console.WriteLine($"Portal: {portal.Description}.");
        Console.WriteLine($"Start to first page on the existing {new FileInfo(copy).Length / 1048576} MiB file: {portal.StartSeconds:0.0} s");
        var emails = all.Take(headCount).ToList();
        var clients = new ConcurrentBag<(string Email, HttpClient Client)>();
        var pacedClients = new ConcurrentDictionary<string, HttpClient>();
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (email, _) =>
        {
            var client = await portal.SignedInAsync(email);
            if (emails.Contains(email))
            {
                clients.Add((email, client));
            }
            else
            {
                pacedClients[email] = client;
            }
        });
        Console.WriteLine($"{all.Count} heads signed in after {started.Elapsed.TotalSeconds:0} s{Peak(portal)}");
        if (all.Count < headCount + pacedCount && rates.Count > 0)
        {
            Console.WriteLine($"Only {all.Count} agencies have not submitted yet: the paced heads are the {Math.Max(0, all.Count - headCount)} left after the rush's, {Math.Max(0, all.Count - headCount) / rates.Count} a rate (fewer --heads leave more).");
        }

        var result = await RushAsync(clients, periodId, users);
        Console.WriteLine($"Rush done{Peak(portal)}");
        var healthz = await ThroughputAsync(portal.Anonymous(), "/healthz", users);
        Console.WriteLine($"/healthz done{Peak(portal)}");
        var dashboard = await ThroughputAsync(await portal.SignedInAsync(BenchAccounts.City), "/Dashboard", users);
        Console.WriteLine($"City dashboard done{Peak(portal)}");
        var pacedResults = await PacedRush.RunAsync(all.Skip(headCount).Select(e => (e, pacedClients[e])).ToList(), periodId, rates);
        var portalPeak = portal.PeakResidentMiB;
        using var check = new BenchPortal(copy, new BenchClock(set.Now));
        var stored = await Query(check, db => db.ReportVersions.Where(v => v.Content.Contains("[rush-")).Select(v => v.Content).ToListAsync());
        var acknowledged = result.Acknowledged.Concat(pacedResults.SelectMany(r => r.Result.Acknowledged)).ToList();
        var once = acknowledged.Count(marker => stored.Count(content => content.Contains(marker, StringComparison.Ordinal)) == 1);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;

        Console.WriteLine($"""

            | deadline rush, {emails.Count} heads, {users} at a time | p50 ms | p95 ms | max ms | count |
            |---|---:|---:|---:|---:|
            | report form open | {RushForm.Percentile(result.Opens, 0.5)} | {RushForm.Percentile(result.Opens, 0.95)} | {RushForm.Percentile(result.Opens, 1)} | {result.Opens.Count} |
            | draft save | {RushForm.Percentile(result.Saves, 0.5)} | {RushForm.Percentile(result.Saves, 0.95)} | {RushForm.Percentile(result.Saves, 1)} | {result.Saves.Count} |
            | submission | {RushForm.Percentile(result.Submits, 0.5)} | {RushForm.Percentile(result.Submits, 0.95)} | {RushForm.Percentile(result.Submits, 1)} | {result.Submits.Count} |

            Rush: {result.Acknowledged.Count} submissions acknowledged in {result.Seconds:0.0} s ({result.Acknowledged.Count / result.Seconds:0.0}/s), {result.Errors} errors{(result.FirstError is null ? "" : $" (first: {result.FirstError})")}.
            Throughput at {users} clients after 3 s of warm-up: /healthz {healthz.PerSecond:0} req/s, city dashboard {dashboard.PerSecond:0.0} req/s ({100 * dashboard.PerSecond / healthz.PerSecond:0.0} % of /healthz); answers other than 200: {healthz.Errors} and {dashboard.Errors}.

            {PacedRush.Table(pacedResults)}
            Stored exactly once: {once} of {acknowledged.Count} acknowledged submissions (the rush's and the paced heads'){(pacedResults.FirstOrDefault(r => r.Result.FirstError is not null).Result?.FirstError is { } firstPaced ? $"; first paced error: {firstPaced}" : "")}.
            {(portalPeak is { } own ? $"Peak resident set of the portal process (VmHWM): {own:0} MiB; of the bench process (the clients): {peak} MiB." : $"Peak working set of the bench process (portal and clients in one process): {peak} MiB.")}
            """);
    }

    private static async Task<RushResult> RushAsync(ConcurrentBag<(string Email, HttpClient Client)> clients, int periodId, int users)
    {
        var queue = new ConcurrentQueue<(string Email, HttpClient Client)>(clients);
        var result = new RushResult();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var head))
            {
                await OneHeadAsync(head.Email, head.Client, periodId, result);
            }
        })));
        result.Seconds = clock.Elapsed.TotalSeconds;
        return result;
    }

    internal static async Task OneHeadAsync(string email, HttpClient client, int periodId, RushResult result)
    {
        var marker = $"[rush-{email}]";
        try
        {
            var timer = Stopwatch.StartNew();
            var form = await RushForm.OpenAsync(client, periodId) ?? throw new InvalidOperationException("the form did not open");
            result.OpensBag.Add(timer.Elapsed.TotalMilliseconds);
            timer.Restart();
            using (var saved = await RushForm.PostAsync(client, form.Page, form.Address, "Save", marker))
            {
                result.SavesBag.Add(timer.Elapsed.TotalMilliseconds);
                Expect(saved, "/Reports/Edit/", "save");
            }

            timer.Restart();
            form = await RushForm.OpenAsync(client, periodId) ?? throw new InvalidOperationException("the form did not open again");
            result.OpensBag.Add(timer.Elapsed.TotalMilliseconds);
            timer.Restart();
            using var submitted = await RushForm.PostAsync(client, form.Page, form.Address, "Submit", marker);
            result.SubmitsBag.Add(timer.Elapsed.TotalMilliseconds);
            Expect(submitted, "/Reports/Details/", "submission");
            result.Acknowledged.Add(marker);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            result.Fail($"{email}: {ex.Message}");
        }
    }

    private static void Expect(HttpResponseMessage response, string location, string what)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith(location, StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"the {what} was answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    /// <summary>
    /// Requests answered 200 per second of <paramref name="url"/> from <paramref name="users"/> clients at once for five
    /// seconds, after three seconds of the same load untimed (as every other run warms a page before timing it: the
    /// dashboard's code is otherwise still being compiled, and its figures read, in the timed seconds), and the answers
    /// that were not 200. Each answer is read to its end and dropped, not buffered: the clients share the portal's cores.
    /// </summary>
    private static async Task<(double PerSecond, int Errors)> ThroughputAsync(HttpClient client, string url, int users)
    {
        var uri = new Uri(url, UriKind.Relative);
        await LoadAsync(client, uri, users, TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();
        var (answered, errors) = await LoadAsync(client, uri, users, TimeSpan.FromSeconds(5));
        return (answered / clock.Elapsed.TotalSeconds, errors);
    }

    private static async Task<(int Answered, int Errors)> LoadAsync(HttpClient client, Uri uri, int users, TimeSpan length)
    {
        var (answered, errors) = (0, 0);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < length)
            {
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                {
                    await body.CopyToAsync(Stream.Null);
                }

                Interlocked.Increment(ref response.StatusCode == HttpStatusCode.OK ? ref answered : ref errors);
            }
        })));
        return (answered, errors);
    }

    private static string Peak(RushTarget portal) => portal.PeakResidentMiB is { } peak ? $"; portal's peak resident set so far {peak:0} MiB" : string.Empty;

    private static async Task<T> Query<T>(BenchPortal portal, Func<DanVanDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DanVanDbContext>());
    }
}
