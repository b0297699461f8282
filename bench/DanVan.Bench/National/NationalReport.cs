using System.Globalization;
using System.Text;
using DanVan.Bench.HanoiScale;

namespace DanVan.Bench.National;

/// <summary>
/// The national set's run as Markdown, between markers of its own in docs/performance.md (the Hanoi sets' section and the
/// analysis around both stay): the data set, the pages' timings, the targets (province dashboard ≤ 100 ms p95, national
/// ≤ 300 ms p95, the agency head's form and draft save within 1.3 × the Hanoi set's measured in the same run), where the
/// national view's time goes and the plans of the pages' SQL.
/// </summary>
internal sealed class NationalReport(SetResult national, IReadOnlyList<SetResult> hanoi, int requests, int warmup, string load, string arguments)
{
    public const string Begin = "<!-- bench:national:begin: written by `dotnet run -c Release --project bench/DanVan.Bench -- --sets after,national`; edit outside the markers -->";
    public const string End = "<!-- bench:national:end -->";

    private readonly PerformanceReport _details = new([national], requests, warmup, load, arguments);

    public string Timings()
    {
        var text = new StringBuilder().AppendLine("| page | data set | p50 ms | p95 ms | max ms | SQL p50 ms | SQL commands | bytes |").AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var result in hanoi.Prepend(national))
        {
            foreach (var page in result.Pages.Where(p => result == national || IsForm(p)))
            {
                text.AppendLine(F($"| {page.Page} | {result.Set.Name} | {page.P50:F1} | **{page.P95:F1}** | {page.Max:F1} | {page.SqlP50:F1} | {page.Commands} | {page.Bytes:N0} |"));
            }
        }

        return text.ToString();
    }

    public string Targets()
    {
        var text = new StringBuilder().AppendLine("| target (p95) | measured | |").AppendLine("|---|---:|---|");
        foreach (var (label, page, limit) in new[]
                 {
                     ("national dashboard ≤ 300 ms", "national dashboard", 300.0), ("province dashboard (Hà Nội) ≤ 100 ms", "province dashboard (Hà Nội)", 100),
                     ("national dashboard, first view after a report in its quarter changed ≤ 300 ms", "national dashboard, first view after a report in its quarter changed", 300),
                     ("national dashboard, first view after every quarter changed ≤ 300 ms", "national dashboard, first view after every quarter changed", 300),
                     ("province dashboard (Hà Nội), first view after a report in its quarter changed ≤ 100 ms", "province dashboard (Hà Nội), first view after a report in its quarter changed", 100),
                 })
        {
            var timing = national.Pages.Single(p => p.Page == page);
            text.AppendLine(F($"| {label} | {timing.P95:F0} ms | {(timing.P95 <= limit ? "met" : "**not met**")} |"));
        }

        foreach (var page in national.Pages.Where(IsForm))
        {
            foreach (var result in hanoi)
            {
                var other = result.Pages.Single(p => p.Page == page.Page);
                var ratio = page.P95 / other.P95;
                text.AppendLine(F($"| {page.Page}: unchanged from {result.Set.Name} (≤ 1.3 × its {other.P95:F0} ms) | {page.P95:F0} ms ({ratio:F2} ×) | {(ratio <= 1.3 ? "met" : "**not met**")} |"));
            }
        }

        return text.ToString();
    }

    public async Task WriteAsync(string path)
    {
        var section = new StringBuilder().AppendLine(Begin).AppendLine("## A national tree: last run").AppendLine()
            .AppendLine(F($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {PerformanceReport.Machine()}; Release build; the portal in process as for Hanoi's size, on SQLite ")
                + F($"{PerformanceReport.SqliteVersion()}. Per page {warmup} untimed warm-up requests, then {requests} timed ones, one at a time, the data sets taking turns; ")
                + F($"p95 is the {Math.Ceiling(0.95 * requests)}th fastest of {requests}. Load average (1 minute) {load} during the measurement. The draft save is timed alone ")
                + "(the POST and its redirect answer), after an untimed GET of the form for its current version; the form and the save are the same agency head's, "
                + "at the first agency of the lower account's commune whose current report is a draft.")
            .AppendLine().AppendLine("```").AppendLine("dotnet run -c Release --project bench/DanVan.Bench -- " + arguments).AppendLine("```").AppendLine()
            .AppendLine("### Data set").AppendLine().AppendLine(_details.DataSets())
            .AppendLine("### Timings").AppendLine().AppendLine(Timings())
            .AppendLine("### Targets").AppendLine().AppendLine(Targets())
            .AppendLine("### Where the national dashboard's time goes").AppendLine().AppendLine(_details.Breakdown().Replace("call (city, default view)", "call (nation, default view)", StringComparison.Ordinal))
            .AppendLine("### Query plans").AppendLine().AppendLine(_details.Plans())
            .Append(End);
        await PerformanceReport.WriteBetweenAsync(path, Begin, End, section.ToString(), "# Performance");
    }

    private static bool IsForm(PageTiming page) => page.Page.Contains("(agency head)", StringComparison.Ordinal);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
