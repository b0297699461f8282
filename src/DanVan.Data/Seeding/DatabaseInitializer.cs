using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Data.Seeding;

/// <summary>At start-up: applies pending migrations, switches SQLite to write-ahead logging, builds the reporting facts of a database that has none yet (one upgraded from before them), and seeds unless the
/// <see cref="SeedRecord"/> shows this build has seeded it in this quarter.</summary>
public static partial class DatabaseInitializer
{
    /// <summary>Prepares the database; what seeding created, or null when the <see cref="SeedRecord"/> shows it has nothing to add.</summary>
    public static async Task<DanVanSeeder.SeedSummary?> InitializeAsync(IServiceProvider rootServices, bool includeDemo, CancellationToken ct, bool restructured2025 = false)
    {
        await using var scope = rootServices.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(typeof(DatabaseInitializer).FullName!);
        var db = services.GetRequiredService<DanVanDbContext>();

        var started = Stopwatch.GetTimestamp();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        LogMigrating(logger, db.Database.ProviderName, pending);
        if (pending > 0)
        {
            // MigrateAsync also compares the model with the last migration's snapshot and takes the migrations lock: about
            // a second of a start on an up-to-date database, where there is nothing to apply (the tests check that no
            // model change lacks its migration).
            await db.Database.MigrateAsync(ct);
        }
        LogMigrated(logger, db.Database.ProviderName, pending, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            LogWriteAheadLog(logger);
        }

        await SearchBackfill.FoldNamesAsync(db, ct);
        started = Stopwatch.GetTimestamp();
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var foldedLines = await SearchBackfill.FoldReportTextAsync(db, clock, ct);
        if (foldedLines > 0)
        {
            LogReportTextFolded(logger, foldedLines, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (!await db.Facts.AnyAsync(ct) && await db.Assignments.AnyAsync(ct))
        {
            started = Stopwatch.GetTimestamp();
            await db.RebuildFactsAsync(ct);
            LogFactsRebuilt(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var record = SeedRecord.Of(includeDemo, restructured2025, clock);
        DanVanSeeder.SeedSummary? seeded = null;
        if (await SeedRecord.IsCurrentAsync(db, record, ct))
        {
            LogSeedCurrent(logger, record);
        }
        else
        {
            started = Stopwatch.GetTimestamp();
            LogSeeding(logger, includeDemo);
            seeded = await DanVanSeeder.SeedAsync(services, includeDemo, ct, restructured2025);
            await SeedRecord.WriteAsync(db, record, clock, ct);
            LogSeeded(logger, includeDemo, seeded, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (db.Database.IsSqlite())
        {
            // Statistics for the query planner (sqlite_stat1), sampled so that it takes moments even on a large file;
            // optimize only analyzes tables whose statistics are missing or stale.
            started = Stopwatch.GetTimestamp();
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", ct);
            LogAnalyzed(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return seeded;
    }

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Seeding skipped: the database was seeded by this build for this quarter ({Record})")]
    private static partial void LogSeedCurrent(ILogger logger, string record);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Planner statistics brought up to date (PRAGMA optimize) in {ElapsedMs:0} ms")]
    private static partial void LogAnalyzed(ILogger logger, double elapsedMs);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Folded the text of {Lines} report lines written before the search column, in {ElapsedMs:0} ms")]
    private static partial void LogReportTextFolded(ILogger logger, int lines, double elapsedMs);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Preparing the database on {Provider}: applying {PendingMigrations} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, string? provider, int pendingMigrations);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Seeding (demo data: {IncludeDemo}); the first run with demo data writes two years of reports")]
    private static partial void LogSeeding(ILogger logger, bool includeDemo);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Database ready on {Provider}: {PendingMigrations} pending migration(s) applied in {ElapsedMs:0} ms")]
    private static partial void LogMigrated(ILogger logger, string? provider, int pendingMigrations, double elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "SQLite journal mode set to WAL")]
    private static partial void LogWriteAheadLog(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Reporting facts rebuilt from the kept report versions in {ElapsedMs:0} ms")]
    private static partial void LogFactsRebuilt(ILogger logger, double elapsedMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Seeding done (demo data: {IncludeDemo}) in {ElapsedMs:0} ms; created {Created}")]
    private static partial void LogSeeded(ILogger logger, bool includeDemo, DanVanSeeder.SeedSummary created, double elapsedMs);
}
