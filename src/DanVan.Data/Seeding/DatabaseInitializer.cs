using System.Diagnostics;
using DanVan.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Data.Seeding;

/// <summary>At start-up: applies pending migrations, switches SQLite to write-ahead logging, builds the reporting facts of a database that has none yet (one upgraded from before them), and seeds.</summary>
public static partial class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider rootServices, bool includeDemo, CancellationToken ct, bool restructured2025 = false)
    {
        await using var scope = rootServices.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(typeof(DatabaseInitializer).FullName!);
        var db = services.GetRequiredService<DanVanDbContext>();

        var started = Stopwatch.GetTimestamp();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        LogMigrating(logger, db.Database.ProviderName, pending);
        await db.Database.MigrateAsync(ct);
        LogMigrated(logger, db.Database.ProviderName, pending, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            LogWriteAheadLog(logger);
        }

        await FoldNamesAsync(db, ct);

        if (!await db.Facts.AnyAsync(ct) && await db.Assignments.AnyAsync(ct))
        {
            started = Stopwatch.GetTimestamp();
            await db.RebuildFactsAsync(ct);
            LogFactsRebuilt(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        started = Stopwatch.GetTimestamp();
        LogSeeding(logger, includeDemo);
        var seeded = await DanVanSeeder.SeedAsync(services, includeDemo, ct, restructured2025);
        LogSeeded(logger, includeDemo, seeded, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// Fills the folded search names of rows written before they existed (a database upgraded by the migration that added
    /// them); entities keep them up to date from then on. Does nothing on a database whose names are all folded.
    /// </summary>
    private static async Task FoldNamesAsync(DanVanDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.Where(a => a.SearchName == "" && a.Name != "").Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var units = await db.Units.Where(u => u.SearchName == "" && u.Name != "").Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var users = await db.Users.Where(u => u.SearchName == "" && u.FullName != "").Select(u => new { u.Id, u.FullName }).ToListAsync(ct);
        if (agencies.Count + units.Count + users.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var a in agencies)
        {
            await db.Agencies.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold(a.Name)), ct);
        }

        foreach (var u in units)
        {
            await db.Units.Where(x => x.Id == u.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold(u.Name)), ct);
        }

        foreach (var u in users)
        {
            await db.Users.Where(x => x.Id == u.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SearchName, SearchText.Fold(u.FullName)), ct);
        }

        await transaction.CommitAsync(ct);
    }

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
