using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Bench.HanoiScale;

namespace DanVan.Bench.Rush;

/// <summary>
/// The rush as heads arrive rather than as fast as the portal answers: for each rate of <c>--rates</c> (heads a second),
/// <c>--paced-heads</c> heads start at that rate, one every 1/rate seconds whether or not the earlier ones are done,
/// and each opens the form, saves a draft, opens it again and submits, as in the rush. The 100 heads at a time of the
/// rush measure the portal saturated, where by Little's law every request waits about 100 ÷ throughput whatever the
/// page costs; this measures the latency at a given load, and so the load up to which the targets hold.
/// </summary>
internal static class PacedRush
{
    public static IReadOnlyList<double> Rates(string[] args) =>
        Options.Text(args, "--rates", "5,10,20,30,40,50").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => double.Parse(r, CultureInfo.InvariantCulture)).Where(r => r > 0).ToList();

    public static async Task<List<(double Rate, RushResult Result)>> RunAsync(IReadOnlyList<(string Email, HttpClient Client)> heads, int periodId, IReadOnlyList<double> rates)
    {
        var results = new List<(double, RushResult)>();
        var perRate = rates.Count == 0 ? 0 : heads.Count / rates.Count;
        for (var i = 0; i < rates.Count; i++)
        {
            var result = new RushResult();
            var clock = Stopwatch.StartNew();
            var running = new List<Task>();
            foreach (var (head, k) in heads.Skip(i * perRate).Take(perRate).Select((h, k) => (h, k)))
            {
                var wait = TimeSpan.FromSeconds(k / rates[i]) - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                running.Add(Task.Run(() => RushRun.OneHeadAsync(head.Email, head.Client, periodId, result)));
            }

            await Task.WhenAll(running);
            result.Seconds = clock.Elapsed.TotalSeconds;
            results.Add((rates[i], result));
        }

        return results;
    }

    public static string Table(IEnumerable<(double Rate, RushResult Result)> results)
    {
        var table = new StringBuilder("""
            | heads arriving a second | heads | requests a second | submissions acknowledged a second | form open p50 / p95 ms | draft save p50 / p95 ms | submission p50 / p95 ms | errors |
            |---:|---:|---:|---:|---:|---:|---:|---:|

            """);
        foreach (var (rate, result) in results)
        {
            var requests = result.Opens.Count + result.Saves.Count + result.Submits.Count;
            table.AppendLine(CultureInfo.InvariantCulture, $"| {rate:0.#} | {result.Acknowledged.Count + result.Errors} | {requests / result.Seconds:0.0} | {result.Acknowledged.Count / result.Seconds:0.0} | {Both(result.Opens)} | {Both(result.Saves)} | {Both(result.Submits)} | {result.Errors} |");
        }

        return table.ToString();
    }

    private static string Both(List<double> times) => $"{RushForm.Percentile(times, 0.5)} / **{RushForm.Percentile(times, 0.95)}**";
}
