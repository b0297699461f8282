using System.Data.Common;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Auditing;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// The audit table is append-only: a context refuses to save an audit entry modified or deleted (SaveChanges and
/// SaveChangesAsync), and refuses ExecuteUpdate, ExecuteDelete and raw SQL that would rewrite or remove entries; the row
/// is unchanged each time. Adding entries, and bulk changes of other tables, still work.
/// </summary>
public sealed class AuditAppendOnlyTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task A_modified_entry_is_refused_by_SaveChangesAsync_and_SaveChanges_and_the_row_is_unchanged()
    {
        var (id, original) = await AddEntryAsync();

        var refused = await Task.WhenAll(
            RefusedAsync(db => db.SaveChangesAsync(), (db, entry) => db.Entry(entry).Property(e => e.After).CurrentValue = "{\"forged\":true}", id),
            RefusedAsync(db => Task.FromResult(db.SaveChanges()), (db, entry) => db.Entry(entry).Property(e => e.UserName).CurrentValue = "Người khác", id),
            RefusedAsync(db => Task.FromResult(db.SaveChanges(acceptAllChangesOnSuccess: false)), (db, entry) => db.Entry(entry).State = EntityState.Modified, id));

        Assert.All(refused, message => Assert.Equal(AuditAppendOnlyInterceptor.Message, message));
        Assert.Equal(original, await ReadAsync(id));
    }

    [Fact]
    public async Task A_deleted_entry_is_refused_by_SaveChangesAsync_and_SaveChanges_and_the_row_is_still_there()
    {
        var (id, original) = await AddEntryAsync();

        var refused = await Task.WhenAll(
            RefusedAsync(db => db.SaveChangesAsync(), (db, entry) => db.AuditEntries.Remove(entry), id),
            RefusedAsync(db => Task.FromResult(db.SaveChanges()), (db, entry) => db.Remove(entry), id));

        Assert.All(refused, message => Assert.Equal(AuditAppendOnlyInterceptor.Message, message));
        Assert.Equal(original, await ReadAsync(id));
    }

    [Fact]
    public async Task A_detached_entry_attached_as_modified_or_deleted_is_refused()
    {
        var (id, original) = await AddEntryAsync();
        var detached = await factory.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == id));

        var updated = await RefusedAsync(db => db.SaveChangesAsync(), (db, _) => db.AuditEntries.Update(detached), null);
        var removed = await RefusedAsync(db => db.SaveChangesAsync(), (db, _) => db.AuditEntries.Attach(detached).State = EntityState.Deleted, null);

        Assert.Equal([AuditAppendOnlyInterceptor.Message, AuditAppendOnlyInterceptor.Message], [updated, removed]);
        Assert.Equal(original, await ReadAsync(id));
    }

    [Fact]
    public async Task ExecuteUpdate_ExecuteDelete_and_raw_SQL_on_the_audit_table_are_refused_and_change_nothing()
    {
        var (id, original) = await AddEntryAsync();
        var count = await factory.QueryAsync(db => db.AuditEntries.CountAsync());

        var refused = new List<string>
        {
            await ThrowsAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.After, "{}"))),
            await ThrowsAsync(db => Task.FromResult(db.AuditEntries.Where(e => e.Id == id).ExecuteUpdate(s => s.SetProperty(e => e.UserName, "x")))),
            await ThrowsAsync(db => db.AuditEntries.Where(e => e.Id == id).ExecuteDeleteAsync()),
            await ThrowsAsync(db => Task.FromResult(db.AuditEntries.ExecuteDelete())),
            await ThrowsAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries")),
            await ThrowsAsync(db => db.Database.ExecuteSqlRawAsync("SELECT 1; update \"AuditEntries\" set \"After\" = NULL")),
        };

        Assert.All(refused, message => Assert.Equal(AuditAppendOnlyInterceptor.Message, message));
        Assert.Equal(original, await ReadAsync(id));
        Assert.Equal(count, await factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Entries_are_still_added_and_read_and_other_tables_still_take_bulk_changes()
    {
        var (id, _) = await AddEntryAsync();

        var read = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Action == "test.append" && e.Id == id).CountAsync());
        var bulk = await factory.QueryAsync(db => db.Notifications.Where(n => n.Id < 0).ExecuteDeleteAsync());

        Assert.Equal((1, 0), (read, bulk));
    }

    [Fact]
    public async Task On_SQL_Server_ExecuteUpdate_and_ExecuteDelete_are_refused_before_they_reach_the_server()
    {
        // SQL Server cannot run here: the connection is never opened, so a command that got past the interceptor would fail otherwise.
        await using var db = new SqlServerDanVanDbContext(new DbContextOptionsBuilder<SqlServerDanVanDbContext>()
            .UseSqlServer("Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True")
            .AddInterceptors(new NeverOpen()).Options);

        var update = await Assert.ThrowsAsync<InvalidOperationException>(() => db.AuditEntries.Where(e => e.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(e => e.After, "{}")));
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => db.AuditEntries.Where(e => e.AtUtc < DateTime.UtcNow).ExecuteDeleteAsync());

        Assert.Equal([AuditAppendOnlyInterceptor.Message, AuditAppendOnlyInterceptor.Message], [update.Message, delete.Message]);
    }

    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"After\" = @p0\nWHERE \"Id\" = @p1\nRETURNING 1;", true)]
    [InlineData("DELETE FROM \"AuditEntries\" AS \"a\"\nWHERE \"a\".\"Id\" = @p", true)]
    [InlineData("SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nUPDATE [AuditEntries] SET [After] = @p0\nOUTPUT 1\nWHERE [Id] = @p1;", true)]
    [InlineData("UPDATE [a]\nSET [a].[After] = @p\nFROM [AuditEntries] AS [a]\nWHERE [a].[Id] = @id", true)]
    [InlineData("DELETE FROM [a]\nFROM [dbo].[AuditEntries] AS [a]", true)]
    [InlineData("TRUNCATE TABLE AuditEntries", true)]
    [InlineData("INSERT INTO \"AuditEntries\" (\"Action\") VALUES (@p0) RETURNING \"Id\";\nUPDATE \"Reports\" SET \"Status\" = @p1 WHERE \"Id\" = @p2;", false)]
    [InlineData("SELECT \"a\".\"Id\" FROM \"AuditEntries\" AS \"a\" WHERE \"a\".\"Action\" = 'report.update' OR \"a\".\"Action\" = 'attachment.delete'", false)]
    [InlineData("UPDATE \"Reports\" SET \"Status\" = @p0 WHERE \"Id\" = @p1;\nDELETE FROM \"ReportLines\" WHERE \"Id\" = @p2;", false)]
    [InlineData("UPDATE \"AuditEntriesArchive\" SET \"After\" = NULL", false)]
    public void The_command_test_recognises_rewrites_of_the_audit_table_in_both_dialects(string sql, bool refused) =>
        Assert.Equal(refused, AuditAppendOnlyInterceptor.RewritesAudit(sql));

    private sealed class NeverOpen : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }

    private async Task<(long Id, string Original)> AddEntryAsync()
    {
        var entry = AuditEntry.Record(new Actor("u-test", "Người kiểm thử"), factory.Clock.GetUtcNow().UtcDateTime, "test.append", "Test", "1", null, "{\"n\":1}");
        await factory.QueryAsync(db =>
        {
            db.AuditEntries.Add(entry);
            return db.SaveChangesAsync();
        });
        return (entry.Id, await ReadAsync(entry.Id));
    }

    private Task<string> ReadAsync(long id) => factory.QueryAsync(async db =>
    {
        var e = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == id);
        return $"{e.AtUtc:O}|{e.UserId}|{e.UserName}|{e.Action}|{e.EntityType}|{e.EntityId}|{e.Before}|{e.After}";
    });

    /// <summary>Loads the entry <paramref name="id"/> (if any) into a fresh context, changes it, saves with <paramref name="save"/>: the message it was refused with.</summary>
    private async Task<string> RefusedAsync(Func<DanVanDbContext, Task<int>> save, Action<DanVanDbContext, AuditEntry> change, long? id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var entry = id is { } key ? await db.AuditEntries.SingleAsync(e => e.Id == key) : null!;
        change(db, entry);
        return (await Assert.ThrowsAsync<InvalidOperationException>(() => save(db))).Message;
    }

    private async Task<string> ThrowsAsync(Func<DanVanDbContext, Task<int>> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        return (await Assert.ThrowsAsync<InvalidOperationException>(() => command(db))).Message;
    }
}
