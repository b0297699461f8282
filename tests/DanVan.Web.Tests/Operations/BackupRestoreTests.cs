using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Auditing;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// <c>dotnet DanVan.Web.dll backup --to FILE</c> and <c>restore --from FILE</c>, run as the operator runs them (a separate
/// process on the portal's settings) against a portal that is running and writing.
/// </summary>
public sealed class BackupRestoreTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    /// <summary>The action of the entries the writer numbers 1, 2, 3…, one save each.</summary>
    private const string Written = "test.written";

    private const string Marker = "test.marker";

    [Fact]
    public async Task A_backup_taken_while_the_portal_writes_is_a_consistent_snapshot_and_restores_into_a_fresh_location()
    {
        var written = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await AddEntryAsync(written + 1);
                Interlocked.Increment(ref written);
            }
        });
        await UntilAsync(() => Volatile.Read(ref written) >= 20);
        var backupPath = Path.Combine(factory.Folder, "backups", "danvan-2026-11-26.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backupPath)!);

        var startedWith = Volatile.Read(ref written);
        var backup = await PortalProcess.RunCommandAsync(Settings(factory.DatabasePath), "backup", "--to", backupPath);
        var afterBackup = Volatile.Read(ref written);
        await UntilAsync(() => Volatile.Read(ref written) >= afterBackup + 20);
        await stop.CancelAsync();
        await writer;

        Assert.True(backup.ExitCode == 0, backup.ToString());
        var copied = Numbers(backupPath);
        Assert.Equal(Enumerable.Range(1, copied.Count), copied);
        Assert.InRange(copied.Count, startedWith + 1, afterBackup); // writes went on while the command started and copied
        Assert.Equal("ok", Integrity(backupPath));

        var fresh = Path.Combine(factory.Folder, "restored", "danvan.db");
        var restore = await PortalProcess.RunCommandAsync(Settings(fresh), "restore", "--from", backupPath);

        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Equal("ok", Integrity(fresh));
        Assert.Equal(copied, Numbers(fresh));
        Assert.Equal(Count(factory.DatabasePath, "Agencies"), Count(fresh, "Agencies"));
        Assert.Equal(Count(factory.DatabasePath, "__EFMigrationsHistory"), Count(fresh, "__EFMigrationsHistory"));
        Assert.False(File.Exists(fresh + SqliteBackup.BeforeRestoreSuffix));
    }

    [Fact]
    public async Task Restore_refuses_while_the_portal_has_the_database_open_and_otherwise_keeps_the_replaced_database_aside()
    {
        await AddEntryAsync(1000, Marker);
        var backupPath = Path.Combine(factory.Folder, "aside", "backup.db");
        var stopped = Path.Combine(factory.Folder, "aside", "danvan.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backupPath)!);
        SqliteBackup.BackUp(factory.DatabasePath, backupPath);
        SqliteBackup.BackUp(factory.DatabasePath, stopped);
        Execute(stopped, "INSERT INTO AuditEntries (AtUtc, UserId, UserName, Action, EntityType, EntityId) VALUES ('2026-11-26 03:00:00', 'u', 'u', '" + Marker + "', 'Test', '2000');");
        var running = Count(factory.DatabasePath, "AuditEntries");

        // A request of the portal holds a connection (idle pooled ones may be closed: ClearAllPools, or pruning after a while).
        PortalProcess.CommandResult refused;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(running, await db.AuditEntries.LongCountAsync());
            refused = await PortalProcess.RunCommandAsync(Settings(factory.DatabasePath), "restore", "--from", backupPath);
        }

        var restored = await PortalProcess.RunCommandAsync(Settings(stopped), "restore", "--from", backupPath);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is in use: stop the portal", refused.Error, StringComparison.Ordinal);
        Assert.Equal(running, Count(factory.DatabasePath, "AuditEntries"));
        Assert.False(File.Exists(factory.DatabasePath + SqliteBackup.BeforeRestoreSuffix));
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Equal([1000], Numbers(stopped, Marker));
        Assert.Equal([1000, 2000], Numbers(stopped + SqliteBackup.BeforeRestoreSuffix, Marker));
        Assert.Equal(["ok", "ok"], [Integrity(stopped), Integrity(stopped + SqliteBackup.BeforeRestoreSuffix)]);
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_backup_and_backup_refuses_to_overwrite_a_file()
    {
        var target = Path.Combine(factory.Folder, "damaged", "danvan.db");
        var damaged = Path.Combine(factory.Folder, "damaged", "backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        SqliteBackup.BackUp(factory.DatabasePath, target);
        await File.WriteAllTextAsync(damaged, "Đây không phải là một cơ sở dữ liệu.");
        var before = await File.ReadAllBytesAsync(target);

        var restore = await PortalProcess.RunCommandAsync(Settings(target), "restore", "--from", damaged);
        var backup = await PortalProcess.RunCommandAsync(Settings(target), "backup", "--to", damaged);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("failed its integrity check", restore.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(target));
        Assert.False(File.Exists(target + SqliteBackup.BeforeRestoreSuffix));
        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("already exists", backup.Error, StringComparison.Ordinal);
        Assert.Equal("Đây không phải là một cơ sở dữ liệu.", await File.ReadAllTextAsync(damaged));
    }

    [Fact]
    public async Task On_SQL_Server_the_commands_explain_the_native_backup_and_touch_nothing()
    {
        var file = Path.Combine(factory.Folder, "sqlserver.bak");
        var settings = new Dictionary<string, string>(Settings(factory.DatabasePath))
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:DanVan"] = "Server=127.0.0.1,1;Database=DanVan;User Id=x;Password=y;TrustServerCertificate=True;Connect Timeout=1",
        };

        var backup = await PortalProcess.RunCommandAsync(settings, "backup", "--to", file);

        Assert.Equal(2, backup.ExitCode);
        Assert.Contains("BACKUP DATABASE", backup.Error, StringComparison.Ordinal);
        Assert.Contains("COPY_ONLY, CHECKSUM", backup.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    private Dictionary<string, string> Settings(string databasePath) => new()
    {
        ["ConnectionStrings:DanVan"] = $"Data Source={databasePath}",
        ["Logging:File:Path"] = Path.Combine(factory.Folder, "command-logs", "danvan-.log"),
        ["Evidence:Path"] = Path.Combine(factory.Folder, "evidence"),
        ["Notifications:Enabled"] = "false",
    };

    private Task<int> AddEntryAsync(int number, string action = Written) => factory.QueryAsync(db =>
    {
        db.AuditEntries.Add(AuditEntry.Record(new Actor("u-backup", "Sao lưu"), factory.Clock.GetUtcNow().UtcDateTime, action, "Test", number.ToString(CultureInfo.InvariantCulture), null, null));
        return db.SaveChangesAsync();
    });

    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 10)
        {
            Assert.True(waited < 60_000, "The writer did not get on.");
            await Task.Delay(10);
        }
    }

    private static List<int> Numbers(string path, string action = Written) =>
        Query(path, $"SELECT CAST(EntityId AS INTEGER) FROM AuditEntries WHERE Action = '{action}' ORDER BY CAST(EntityId AS INTEGER);", r => r.GetInt32(0));

    private static long Count(string path, string table) => Query(path, $"SELECT count(*) FROM \"{table}\";", r => r.GetInt64(0)).Single();

    private static string Integrity(string path) => string.Join('\n', Query(path, "PRAGMA integrity_check;", r => r.GetString(0)));

    private static List<T> Query<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
