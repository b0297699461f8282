using DanVan.Bench.HanoiScale;

namespace DanVan.Bench;

/// <summary>
/// Load runs against the portal in process: numbers, not pass/fail. <c>dotnet run -c Release --project bench/DanVan.Bench</c>
/// times Hanoi's size (see <see cref="HanoiRun"/>); <c>-- demo</c> times the demo data and the demo data grown by wards
/// (see <see cref="DemoRun"/>).
/// </summary>
internal static class LoadRun
{
    public static Task Main(string[] args) =>
        args.Length > 0 && args[0] == "demo" ? DemoRun.RunAsync(args) : HanoiRun.RunAsync(args);
}
