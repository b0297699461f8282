using DanVan.Bench.HanoiScale;

namespace DanVan.Bench;

/// <summary>
/// Load runs against the portal in process: numbers, not pass/fail. <c>dotnet run -c Release --project bench/DanVan.Bench</c>
/// times Hanoi's size (see <see cref="HanoiRun"/>); <c>-- demo</c> times the demo data and the demo data grown by wards
/// (see <see cref="DemoRun"/>); <c>-- rush</c> the deadline rush (see <see cref="Rush.RushRun"/>); <c>-- memory</c> the
/// portal's own resident set, the portal run as its own process (see <see cref="Memory.MemoryRun"/>).
/// </summary>
internal static class LoadRun
{
    public static Task Main(string[] args) => args.FirstOrDefault() switch
    {
        "demo" => DemoRun.RunAsync(args),
        "rush" => Rush.RushRun.RunAsync(args),
        "memory" => Memory.MemoryRun.RunAsync(args),
        _ => HanoiRun.RunAsync(args),
    };
}
