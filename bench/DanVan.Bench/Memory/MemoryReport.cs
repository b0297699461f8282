using System.Globalization;
using System.Text;
using DanVan.Bench.HanoiScale;

namespace DanVan.Bench.Memory;

/// <summary>The memory run as Markdown: the portal's resident set, start and CPU per data set, and each page's requests; written between markers in docs/performance.md.</summary>
internal sealed class MemoryReport(IReadOnlyList<MemoryResult> results, MemoryOptions options, string load, string arguments)
{
    public const string Begin = "<!-- bench:memory:begin: written by `dotnet run -c Release --project bench/DanVan.Bench -- memory --doc docs/performance.md`; edit outside the markers -->";
    public const string End = "<!-- bench:memory:end -->";

    public string Tables()
    {
        var text = new StringBuilder()
            .AppendLine("| data set | migrate (peak RSS) | start to first page | peak RSS to sign-in | peak RSS under load (VmHWM) | sampled peak | median RSS | requests/s | CPU (of 1 core) | CPU ms per request | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var count = r.Pages.Sum(p => p.Times.Count);
            text.AppendLine(F($"| {r.Set.Name} | {r.MigrateSeconds:F1} s ({r.MigratePeak:F0} MiB) | {r.StartSeconds:F1} s | {r.StartPeak:F0} MiB | **{r.LoadPeak:F0} MiB** | {r.PeakSampled:F0} MiB | {r.Median:F0} MiB | {count / r.Seconds:F1} | {100 * r.CpuSeconds / r.Seconds:F0} % | {1000 * r.CpuSeconds / Math.Max(1, count):F0} | {r.Pages.Sum(p => p.Errors)} |"));
        }

        text.AppendLine().AppendLine("| page | data set | requests | requests/s | p50 ms | p95 ms | max ms | errors | answer |").AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var page in r.Pages)
            {
                text.AppendLine(F($"| {page.Name} | {r.Set.Name} | {page.Times.Count} | {page.Times.Count / r.Seconds:F1} | {page.Percentile(0.5):F0} | **{page.Percentile(0.95):F0}** | {page.Percentile(1):F0} | {page.Errors} | {page.Bytes / 1024.0:F0} KB |"));
            }
        }

        foreach (var error in results.SelectMany(r => r.Pages).Where(p => p.FirstError is not null))
        {
            text.AppendLine().Append(F($"First error of {error.Name}: {error.FirstError}"));
        }

        return text.ToString();
    }

    public async Task WriteAsync(string path)
    {
        var section = new StringBuilder().AppendLine(Begin).AppendLine("## Memory: last run").AppendLine()
            .AppendLine(F($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {PerformanceReport.Machine()}. The portal built in Release runs as its own process ")
                + "(`dotnet src/DanVan.Web/bin/Release/net10.0/DanVan.Web.dll`, Production, plain HTTP on loopback as behind nginx, the clients sending "
                + F($"X-Forwarded-Proto: https) on a copy of each data set's file, with the settings of deploy/two-instances.sh and {Extra(options)}. ")
                + F($"{options.Users} users signed in: three in four as the city reviewer, taking the city dashboard, the .xlsx export and the .docx report in turn, ")
                + F($"one in four as the lower account on its dashboard, each sending its next request when the last is answered; {options.WarmupSeconds} s of warm-up, then ")
                + F($"{options.Seconds} s measured. The copy is prepared first by `DanVan.Web.dll migrate` (on the wall clock it creates the quarters since the data set's ")
                + "day, with their facts); its peak is sampled every 100 ms. RSS is the portal process's VmRSS in /proc: its peak (VmHWM) up to the users' sign-in, "
                + "then, reset, its peak over warm-up and measured load; sampled every 100 ms during the measured load for the sampled peak and the median. "
                + F($"CPU is the portal process's user and system time over the measured load. Load average (1 minute) {load}. ")
                + string.Join(' ', results.Select(r => F($"{r.Set.Name}: {r.Period}."))))
            .AppendLine().AppendLine("```").AppendLine("dotnet run -c Release --project bench/DanVan.Bench -- " + arguments).AppendLine("```").AppendLine()
            .AppendLine(Tables())
            .Append(End);
        await PerformanceReport.WriteBetweenAsync(path, Begin, End, section.ToString(), "# Performance at Hanoi's size");
    }

    private static string Extra(MemoryOptions options) =>
        options.Environment.Count == 0 ? "nothing else in its environment" : "in its environment also " + options.Settings;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
