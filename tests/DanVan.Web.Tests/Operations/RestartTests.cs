using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using DanVan.Data;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// A start on a database with nothing to migrate skips EF's migration step (its model comparison and migrations lock,
/// about a second of the start at Hanoi's size); a start with migrations pending applies them under the lock.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private const string MigrationsLock = "__EFMigrationsLock";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_first_start_migrates_under_the_lock_and_a_restart_on_the_migrated_database_does_not()
    {
        List<string> first;
        using (var portal = new RecordingPortal(_folder))
        {
            Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync("/healthz")).StatusCode);
            first = [.. portal.Commands];
        }

        using var restarted = new RecordingPortal(_folder);
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/healthz")).StatusCode);

        Assert.Contains(first, c => c.Contains(MigrationsLock, StringComparison.Ordinal));
        Assert.Contains(restarted.Commands, c => c.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
        Assert.DoesNotContain(restarted.Commands, c => c.Contains(MigrationsLock, StringComparison.Ordinal));
        Assert.Empty(await restarted.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A portal on the test's folder that records every SQL command from its start on, and keeps the folder.</summary>
    private sealed class RecordingPortal(string folder) : DanVanFactory(folder)
    {
        private readonly ConcurrentQueue<string> _commands = new();

        public IReadOnlyCollection<string> Commands => _commands;

        protected override bool DeletesFolder => false;

        protected override bool SeedDemo => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<SqliteDanVanDbContext>(options => options.AddInterceptors(new Recorder(_commands))));
        }
    }

    /// <summary>Records each command's text once EF has set it, whatever way it is executed.</summary>
    private sealed class Recorder(ConcurrentQueue<string> commands) : DbCommandInterceptor
    {
        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            commands.Enqueue(result.CommandText);
            return result;
        }
    }
}
