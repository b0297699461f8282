using DanVan.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Hosting;

/// <summary>
/// <c>dotnet DanVan.Web.dll migrate</c>: migrates and seeds the database, then exits; for several instances behind a load
/// balancer, run once per deployment before starting them with <c>Database:InitializeAtStartup=false</c>, so that no two
/// instances ever migrate or seed at once. Such instances wait at start until the database has no pending migration.
/// It also creates the first Data Protection key when the database has none: instances started together on a database
/// without a key each create their own at once (seen with deploy/two-instances.sh), and then depend on Data
/// Protection's refresh on an unknown key to read each other's cookies and forms; one key made once is simpler.
/// </summary>
public static partial class MigrateCommand
{
    public const string Name = "migrate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.InitializeDatabaseAsync();
        EnsureDataProtectionKey(app.Services);
        return 0;
    }

    /// <summary>Creates a key, active now for the default 90 days, unless an unrevoked key is in force or yet to come.</summary>
    public static void EnsureDataProtectionKey(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var keys = services.GetRequiredService<IKeyManager>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now.AddDays(90));
        }
    }

    /// <summary>Waits until another process (the <c>migrate</c> command) has brought the database up to date, for at most <c>Database:WaitSeconds</c> (120).</summary>
    public static async Task WaitForMigratedDatabaseAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand).FullName!);
        var limit = TimeSpan.FromSeconds(app.Configuration.GetValue("Database:WaitSeconds", 120));
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync(app.Lifetime.ApplicationStopping)).Count();
                if (pending == 0)
                {
                    LogDatabaseCurrent(logger);
                    return;
                }

                if (waiting.Elapsed > limit)
                {
                    throw new InvalidOperationException($"The database still has {pending} pending migration(s): run `dotnet DanVan.Web.dll {Name}` once, or set Database:InitializeAtStartup=true on a single instance.");
                }

                LogWaiting(logger, pending);
            }

            await Task.Delay(TimeSpan.FromSeconds(2), app.Lifetime.ApplicationStopping);
        }
    }

    [LoggerMessage(1010, LogLevel.Information, "Database:InitializeAtStartup is false: the database is up to date, not migrating or seeding here")]
    private static partial void LogDatabaseCurrent(ILogger logger);

    [LoggerMessage(1011, LogLevel.Warning, "Waiting for the database: {Pending} pending migration(s); run the migrate command")]
    private static partial void LogWaiting(ILogger logger, int pending);
}
