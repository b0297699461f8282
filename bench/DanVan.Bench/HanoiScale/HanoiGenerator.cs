using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DanVan.Bench.National;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// Generates a data set into a SQLite file, or reuses the file generated before for the same parameters, seed, generator
/// version and last migration. The structure goes through the DbContext and the domain; periods and reports (with their
/// lines, indicator values, kept versions and transitions) are made through the domain and written with prepared INSERTs,
/// one transaction per period; then <see cref="DanVanDbContext.RebuildFactsAsync"/> writes the read model as the portal
/// would; then the portal starts once on the file (its seeder must find nothing to add) and the bench accounts are created.
/// </summary>
internal static class HanoiGenerator
{
    public static async Task<(string Path, DataSetStats Stats)> EnsureAsync(HanoiDataSet set, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        string lastMigration;
        await using (var probe = Context(":memory:"))
        {
            lastMigration = probe.Database.GetMigrations().Last();
        }

        var path = Path.Combine(folder, set.FileName(lastMigration));
        if (File.Exists(path) && File.Exists(path + ".json"))
        {
            Console.WriteLine($"Reusing {path}");
            return (path, JsonSerializer.Deserialize<DataSetStats>(await File.ReadAllTextAsync(path + ".json", ct))!);
        }

        var partial = path + ".partial";
        foreach (var file in new[] { partial, partial + "-wal", partial + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        if (await UpgradeAsync(set, folder, path, partial, ct) is { } upgraded)
        {
            return (path, upgraded);
        }

        Console.WriteLine($"Generating {set.Name} into {path} …");
        var watch = Stopwatch.StartNew();
        var (counts, lowerAgency) = await GenerateAsync(set, partial, ct);
        await BenchAccounts.CreateAsync(set, partial, lowerAgency, counts, ct);
        await CheckpointAsync(partial, ct);

        File.Move(partial, path);
        var stats = new DataSetStats(counts, new FileInfo(path).Length, watch.Elapsed.TotalSeconds);
        await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(stats), ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {set.Name} in {stats.Seconds / 60:F1} min: {stats.Bytes / 1048576.0:F0} MiB"));
        return (path, stats);
    }

    /// <summary>
    /// A file generated for the same set before the last migrations, copied and migrated as the portal migrates a database
    /// it is deployed on (the generator's data are unchanged; a migration that adds derived data fills it in); null when
    /// there is none. Its statistics are the generation's, with the new file's size.
    /// </summary>
    private static async Task<DataSetStats?> UpgradeAsync(HanoiDataSet set, string folder, string path, string partial, CancellationToken ct)
    {
        var older = Directory.GetFiles(folder, set.FileName("*"))
            .Where(f => File.Exists(f + ".json"))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
        if (older is null)
        {
            return null;
        }

        Console.WriteLine($"Upgrading a copy of {older} to {path} …");
        var watch = Stopwatch.StartNew();
        await CheckpointAsync(older, ct);
        File.Copy(older, partial);
        await using (var db = Context(partial))
        {
            await db.Database.MigrateAsync(ct);
        }

        await CheckpointAsync(partial, ct);
        File.Move(partial, path);
        var generated = JsonSerializer.Deserialize<DataSetStats>(await File.ReadAllTextAsync(older + ".json", ct))!;
        var stats = generated with { Bytes = new FileInfo(path).Length };
        await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(stats), ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Upgraded in {watch.Elapsed.TotalSeconds:F0} s"));
        return stats;
    }

    private static async Task CheckpointAsync(string path, CancellationToken ct)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(ct);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The periods of the data set, oldest first, ending with the quarter of its clock.</summary>
    public static List<ReportingPeriod> Periods(HanoiDataSet set)
    {
        var periods = new List<ReportingPeriod> { ReportingPeriod.QuarterContaining(Hanoi.Today(new BenchClock(set.Now))) };
        while (periods.Count < set.Quarters)
        {
            periods.Insert(0, periods[0].Previous());
        }

        return periods;
    }

    private static async Task<(Dictionary<string, long> Counts, string LowerAgency)> GenerateAsync(HanoiDataSet set, string path, CancellationToken ct)
    {
        await using var db = Context(path);
        await db.Database.MigrateAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;", ct);
        var periods = Periods(set);
        var start = new[] { Data.Seeding.HierarchySeed.ValidFrom, periods[0].DataFrom }.Min();
        IGeneratedTree structure = set.National ? NationalStructure.Build(db, start, periods[0].DataFrom) : HanoiStructure.Build(db, set.Restructured, start);
        await db.SaveChangesAsync(ct);
        Console.WriteLine($"  structure: {db.Units.Count()} units, {structure.Agencies.Count} agencies, {structure.Assignments.Count} assignments");

        var periodIds = InsertPeriods(db, periods);
        var maker = new ReportMaker(set.Seed, set.Now.UtcDateTime);
        var assignments = structure.Assignments.ToLookup(a => a.AgencyId);
        var previous = new Dictionary<int, string>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var age = periods.Count - 1 - i;
            var expected = structure.Agencies.Where(a => a.VersionOn(period.DataTo)?.IsActive == true).OrderBy(a => a.Code, StringComparer.Ordinal);
            foreach (var (part, chunk) in expected.Chunk(set.National ? 2000 : structure.Agencies.Count).Select((c, n) => (n, c)))
            {
                var reports = chunk.Select(a => maker.Make(a, assignments[a.Id], period, age, age < set.FullTextQuarterCount, previous)).OfType<ProgressReport>().ToList();
                ReportWriter.Write(db, periodIds[i], reports, set.Seed, part);
            }

            if (i % 20 == 19 || i == periods.Count - 1 || set.National)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  reports: {i + 1}/{periods.Count} periods in {watch.Elapsed.TotalSeconds:F0} s"));
            }
        }

        db.ChangeTracker.Clear();
        watch.Restart();
        await db.RebuildFactsAsync(ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  facts rebuilt in {watch.Elapsed.TotalSeconds:F0} s"));
        return (await CountsAsync(db, ct), structure.LowerAgencyCode);
    }

    private static List<int> InsertPeriods(DanVanDbContext db, List<ReportingPeriod> periods)
    {
        using var transaction = db.Database.GetDbConnection().BeginTransaction();
        var next = (int)BulkInsert<ReportingPeriod>.MaxId(db, transaction);
        using var insert = new BulkInsert<ReportingPeriod>(db, transaction, nameof(ReportingPeriod.Id));
        var ids = periods.Select(p =>
        {
            insert.Add(p, ++next);
            return next;
        }).ToList();
        transaction.Commit();
        return ids;
    }

    /// <summary>Rows per table that the data set's description reports.</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(DanVanDbContext db, CancellationToken ct) => new()
    {
        ["units"] = await db.Units.LongCountAsync(ct),
        ["agencies"] = await db.Agencies.LongCountAsync(ct),
        ["assignments"] = await db.Assignments.LongCountAsync(ct),
        ["periods"] = await db.Periods.LongCountAsync(ct),
        ["reports"] = await db.Reports.LongCountAsync(ct),
        ["report lines"] = await db.ReportLines.LongCountAsync(ct),
        ["report versions"] = await db.ReportVersions.LongCountAsync(ct),
        ["facts"] = await db.Facts.LongCountAsync(ct),
        ["fact lines"] = await db.FactLines.LongCountAsync(ct),
        ["fact indicators"] = await db.FactIndicators.LongCountAsync(ct),
    };

    public static SqliteDanVanDbContext Context(string path) => new(new DbContextOptionsBuilder<SqliteDanVanDbContext>()
        .UseSqlite($"Data Source={path}")
        .AddInterceptors(new SqlitePragmaInterceptor())
        .Options);
}

/// <summary>What a generated data set holds, its file's size and how long it took to make (kept next to the file).</summary>
internal sealed record DataSetStats(Dictionary<string, long> Counts, long Bytes, double Seconds);
