using System.Globalization;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// One generated data set: Hanoi's tree before 2025, or the same tree restructured on 1 July 2025; <see cref="Quarters"/>
/// quarters of reports ending with the current quarter on the data set's clock (<see cref="Now"/>, the current quarter's
/// data cut-off, before its due date); a seed; or, when <see cref="National"/>, the national tree of
/// <see cref="National.NationalStructure"/> on the same clock as after 2025. The cached file's name holds every parameter.
/// </summary>
internal sealed record HanoiDataSet(string Name, bool Restructured, int Quarters, int Seed, bool National = false)
{
    /// <summary>Bump when the generator's output changes, so that cached files are not reused.</summary>
    public const int GeneratorVersion = 2;

    /// <summary>The quarters (counted back from the current one) whose texts have full length; older ones get short texts (60–200 characters, no difficulties or proposals).</summary>
    public const int FullTextQuarters = 20;

    /// <summary>The national set's version in its file's name, bumped when its output changes (the Hanoi sets' files keep theirs).</summary>
    public const int NationalGeneratorVersion = 1;

    /// <summary>The national set's quarters with full-length texts: four, so that 40 quarters of 25,000 agencies stay well within the disk.</summary>
    public const int NationalFullTextQuarters = 4;

    public static readonly DateOnly Restructuring = new(2025, 7, 1);

    /// <summary>14 December 09:00 in Hanoi: the last day of the quarter's data, six days before it is due.</summary>
    public DateTimeOffset Now => new(Restructured ? 2026 : 2024, 12, 14, 2, 0, 0, TimeSpan.Zero);

    /// <summary>How many of the most recent quarters have full-length texts.</summary>
    public int FullTextQuarterCount => National ? NationalFullTextQuarters : FullTextQuarters;

    public string FileName(string lastMigration) => National
        ? string.Create(CultureInfo.InvariantCulture, $"national-q{Quarters}-s{Seed}-n{NationalGeneratorVersion}-{lastMigration}.db")
        : string.Create(CultureInfo.InvariantCulture, $"hanoi-{(Restructured ? "after2025" : "before2025")}-q{Quarters}-s{Seed}-g{GeneratorVersion}-{lastMigration}.db");

    /// <summary>The sets by their <c>--sets</c> names; <paramref name="nationalQuarters"/> is the national set's number of quarters.</summary>
    public static IReadOnlyList<(string Key, HanoiDataSet Set)> All(int seed, int nationalQuarters) =>
    [
        ("before", new("before 2025, 20 quarters", false, 20, seed)),
        ("after", new("after 2025, 20 quarters", true, 20, seed)),
        ("long", new("after 2025, 200 quarters", true, 200, seed)),
        ("national", new(string.Create(CultureInfo.InvariantCulture, $"national, {nationalQuarters} quarters"), true, nationalQuarters, seed, National: true)),
    ];
}
