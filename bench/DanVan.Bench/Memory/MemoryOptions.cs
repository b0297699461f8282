using DanVan.Bench.HanoiScale;

namespace DanVan.Bench.Memory;

/// <summary>
/// The memory run's options: <c>--users</c> (16), <c>--seconds</c> of measured load (30) after <c>--warmup</c> seconds
/// (10), <c>--pages</c> among city,lower,xlsx,docx (all), and any number of <c>--env NAME=VALUE</c>, set in the portal
/// process's environment (a GC setting to try).
/// </summary>
internal sealed record MemoryOptions(int Users, int Seconds, int WarmupSeconds, IReadOnlyCollection<string> Pages, IReadOnlyDictionary<string, string> Environment)
{
    public static MemoryOptions Parse(string[] args)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--env")
            {
                var setting = args[++i].Split('=', 2);
                environment[setting[0]] = setting.Length == 2 ? setting[1] : string.Empty;
            }
        }

        return new MemoryOptions(Options.Int(args, "--users", 16), Options.Int(args, "--seconds", 30), Options.Int(args, "--warmup", 10), Options.Text(args, "--pages", "city,lower,xlsx,docx").Split(','), environment);
    }

    /// <summary>The settings tried, as the table shows them: "none" when the portal runs with its own.</summary>
    public string Settings => Environment.Count == 0 ? "none" : string.Join(", ", Environment.Select(e => $"{e.Key}={e.Value}"));

    /// <summary>The pages, as the report describes them.</summary>
    public string PageList => string.Join(", ", Pages);
}
