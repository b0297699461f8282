using System.Globalization;

namespace DanVan.Bench.HanoiScale;

/// <summary>Stable seeds from text (FNV-1a; <see cref="string.GetHashCode()"/> changes from run to run).</summary>
internal static class Seeds
{
    public static int Of(int seed, string key, int a, int b) =>
        unchecked((int)Hash(string.Create(CultureInfo.InvariantCulture, $"{seed}|{key}|{a}|{b}")));

    /// <summary>A number in [0, 1) fixed by the seed and the key, e.g. how reliably an agency reports.</summary>
    public static double Unit(int seed, string key) => Hash(string.Create(CultureInfo.InvariantCulture, $"{seed}|{key}")) / (double)uint.MaxValue;

    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
