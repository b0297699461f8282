using DanVan.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// What the portal reuses between requests. Contexts are pooled, each with the audit interceptor once. The busy timeout
/// and foreign keys belong to the native connection, which Microsoft.Data.Sqlite's pool keeps open between uses: the
/// portal sets them on its first open only (running them on every open cost a signed-in page about a third of its
/// throughput), and a new native connection gets them again.
/// </summary>
public sealed class ContextReuseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-reuse", Guid.NewGuid().ToString("N"));

    public ContextReuseTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_request_gets_a_pooled_context_that_carries_the_audit_interceptor_once()
    {
        using var provider = PortalDatabase.Services(_folder, "data/reuse.db");
        DanVanDbContext first;
        using (var scope = provider.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
            _ = first.Model;
        }

        using var next = provider.CreateScope();
        var second = next.ServiceProvider.GetRequiredService<DanVanDbContext>();

        Assert.Same(first, second);
        var interceptors = second.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        Assert.Single(interceptors, i => ReferenceEquals(i, AuditAppendOnlyInterceptor.Instance));
    }

    [Fact]
    public async Task A_pooled_connection_is_configured_once_and_a_new_native_connection_again()
    {
        await using var provider = PortalDatabase.Services(_folder, "data/reuse.db");
        await using (var first = provider.CreateAsyncScope())
        {
            var db = first.ServiceProvider.GetRequiredService<DanVanDbContext>();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1L, PortalDatabase.Pragma(db, "foreign_keys"));
            Execute(db, "PRAGMA foreign_keys = OFF;"); // marks this native connection: only a second run of the settings would undo it
            await db.Database.CloseConnectionAsync();
        }

        await using (var reused = provider.CreateAsyncScope())
        {
            var db = reused.ServiceProvider.GetRequiredService<DanVanDbContext>();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(0L, PortalDatabase.Pragma(db, "foreign_keys"));
            Assert.Equal((long)SqlitePragmaInterceptor.BusyTimeoutMilliseconds, PortalDatabase.Pragma(db, "busy_timeout"));
            SqliteConnection.ClearPool((SqliteConnection)db.Database.GetDbConnection());
            await db.Database.CloseConnectionAsync();
        }

        await using var fresh = provider.CreateAsyncScope();
        var freshDb = fresh.ServiceProvider.GetRequiredService<DanVanDbContext>();
        freshDb.Database.OpenConnection();
        Assert.Equal(1L, PortalDatabase.Pragma(freshDb, "foreign_keys"));
        Assert.Equal((long)SqlitePragmaInterceptor.BusyTimeoutMilliseconds, PortalDatabase.Pragma(freshDb, "busy_timeout"));
        freshDb.Database.CloseConnection();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up if a handle is still open.
        }
    }

    private static void Execute(DanVanDbContext db, string sql)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
