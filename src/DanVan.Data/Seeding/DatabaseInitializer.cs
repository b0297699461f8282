using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Data.Seeding;

/// <summary>At start-up: applies the provider's migrations, turns on WAL for SQLite, and seeds.</summary>
public static class DatabaseInitializer
{
    private static readonly EventId Initialized = new(2001, nameof(Initialized));

    public static async Task InitializeAsync(IServiceProvider rootServices, bool includeDemo, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = rootServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await DanVanSeeder.SeedAsync(scope.ServiceProvider, includeDemo, ct);
        scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer))
            .LogInformation(Initialized, "Database {Provider} migrated and seeded (demo data: {Demo}) in {Elapsed} ms", db.Database.ProviderName, includeDemo, watch.ElapsedMilliseconds);
    }
}
