using System.Globalization;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// One generated data set: Hanoi's tree before 2025, or the same tree restructured on 1 July 2025; <see cref="Quarters"/>
/// quarters of reports ending with the current quarter on the data set's clock (<see cref="Now"/>, the current quarter's
/// data cut-off, before its due date); a seed. The cached file's name holds every parameter.
/// </summary>
internal sealed record HanoiDataSet(string Name, bool Restructured, int Quarters, int Seed)
{
    /// <summary>Bump when the generator's output changes, so that cached files are not reused.</summary>
    public const int GeneratorVersion = 2;

    /// <summary>The quarters (counted back from the current one) whose texts have full length; older ones get short texts (60–200 characters, no difficulties or proposals).</summary>
    public const int FullTextQuarters = 20;

    public static readonly DateOnly Restructuring = new(2025, 7, 1);

    /// <summary>14 December 09:00 in Hanoi: the last day of the quarter's data, six days before it is due.</summary>
    public DateTimeOffset Now => new(Restructured ? 2026 : 2024, 12, 14, 2, 0, 0, TimeSpan.Zero);

    public string FileName(string lastMigration) =>
        string.Create(CultureInfo.InvariantCulture, $"hanoi-{(Restructured ? "after2025" : "before2025")}-q{Quarters}-s{Seed}-g{GeneratorVersion}-{lastMigration}.db");

    public static IReadOnlyList<HanoiDataSet> All(int seed) =>
    [
        new("before 2025, 20 quarters", false, 20, seed),
        new("after 2025, 20 quarters", true, 20, seed),
        new("after 2025, 200 quarters", true, 200, seed),
    ];
}
