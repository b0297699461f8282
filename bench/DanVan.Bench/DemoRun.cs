using System.Diagnostics;
using System.Globalization;
using DanVan.Bench.HanoiScale;
using DanVan.Data.Seeding;

namespace DanVan.Bench;

/// <summary>
/// The demo data's pages (also the review queue and a ward head's pages), then the demo data grown by wards directly
/// under the city: numbers, not pass/fail.
/// Usage: <c>dotnet run -c Release --project bench/DanVan.Bench -- demo [--wards 126 --requests 20]</c>.
/// </summary>
internal static class DemoRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task RunAsync(string[] args)
    {
        var wards = Options.Int(args, "--wards", 126);
        var requests = Options.Int(args, "--requests", 20);

        var started = Stopwatch.StartNew();
        using var portal = new BenchPortal();
        var city = await portal.SignedInAsync(DemoAccounts.CityReviewer);
        Console.WriteLine(string.Create(Invariant, $"Portal started, migrated and seeded with demo data in {started.Elapsed.TotalSeconds:F1} s"));
        var district = await portal.SignedInAsync(DemoAccounts.HoanKiemReviewer);
        var head = await portal.SignedInAsync(DemoAccounts.HangBacHead);

        var pages = new (string Name, HttpClient Client, string Url)[]
        {
            ("city dashboard", city, "/Dashboard"),
            ("city dashboard, Excel export", city, "/Dashboard/Export"),
            ("consolidated report, Word (city)", city, "/Dashboard/Report?handler=Download"),
            ("district dashboard", district, "/Dashboard"),
            ("review queue (district)", district, "/Review"),
            ("home (ward head)", head, "/"),
            ("reports (ward head)", head, "/Reports"),
        };

        Console.WriteLine("## Demo data");
        await MeasureAsync(pages, requests);

        var grown = Stopwatch.StartNew();
        var submitted = await ScaleData.AddWardsAsync(portal.Services, wards, TimeProvider.System);
        Console.WriteLine(string.Create(Invariant, $"## Demo data + {wards} wards directly under the city ({wards * 5} agencies, {submitted} reports submitted), generated in {grown.Elapsed.TotalSeconds:F1} s"));
        await MeasureAsync(pages.Where(p => p.Url.StartsWith("/Dashboard", StringComparison.Ordinal)).ToArray(), requests);
        var bytes = new[] { portal.DatabasePath, portal.DatabasePath + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);
        Console.WriteLine(string.Create(Invariant, $"Database (file and WAL): {bytes / 1024.0 / 1024.0:F1} MiB"));
    }

    private static async Task MeasureAsync((string Name, HttpClient Client, string Url)[] targets, int requests)
    {
        Console.WriteLine("| page | mean ms | p50 ms | p95 ms | max ms | bytes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, client, url) in targets)
        {
            var uri = new Uri(url, UriKind.Relative);
            using var first = await client.GetAsync(uri);
            if (!first.IsSuccessStatusCode)
            {
                Console.WriteLine($"| {name} | {(int)first.StatusCode} {first.StatusCode} | | | | |");
                continue;
            }

            var size = (await first.Content.ReadAsByteArrayAsync()).Length;
            var times = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                using var timed = await client.GetAsync(uri);
                await timed.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(Invariant, $"| {name} | {times.Average():F1} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95)]:F1} | {times[^1]:F1} | {size} |"));
        }
    }
}
