using System.Globalization;

namespace DanVan.Bench.Memory;

/// <summary>What Linux tells of another process in /proc: a field of its status (in MiB) and the CPU time it has used.</summary>
internal static class ProcFacts
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat's times (USER_HZ: 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>A kB field of /proc/&lt;pid&gt;/status (VmRSS, VmHWM) in MiB; null when the process is gone.</summary>
    public static double? Status(int processId, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return null;
        }
    }

    /// <summary>User and system CPU seconds the process has used so far (utime and stime of /proc/&lt;pid&gt;/stat).</summary>
    public static double CpuSeconds(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
