using System.Net;
using Microsoft.Data.Sqlite;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// Several instances never migrate or seed at once: <c>migrate</c> prepares the database and exits, and instances started
/// with <c>Database:InitializeAtStartup=false</c> only wait for it; on a database the command has not prepared they fail
/// with a message saying what to run, not with a half-migrated file. The command also creates the one Data Protection key
/// the instances then share (instances started together on a database without one would each make their own).
/// </summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-migrate", Guid.NewGuid().ToString("N"));

    public MigrateCommandTests() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "danvan.db");

    [Fact]
    public async Task The_migrate_command_prepares_the_database_and_an_instance_that_does_not_initialize_serves_it()
    {
        var migrated = await PortalProcess.RunCommandAsync(Settings(), "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Error + migrated.Output);
        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(1L, await CountAsync("SELECT COUNT(*) FROM DataProtectionKeys"));

        var settings = new Dictionary<string, string>(Settings()) { ["Database:InitializeAtStartup"] = "false" };
        await using var portal = await PortalProcess.StartAsync(_folder, settings);
        using var client = portal.CreateClient();

        var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("not migrating or seeding here", portal.OutputTail, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync("SELECT COUNT(*) FROM DataProtectionKeys"));
    }

    [Fact]
    public async Task An_instance_that_does_not_initialize_refuses_an_unprepared_database_with_what_to_run()
    {
        var settings = new Dictionary<string, string>(Settings()) { ["Database:InitializeAtStartup"] = "false", ["Database:WaitSeconds"] = "1" };

        var started = await PortalProcess.RunCommandAsync(settings);

        Assert.NotEqual(0, started.ExitCode);
        Assert.Contains("run `dotnet DanVan.Web.dll migrate` once", started.Output + started.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'Agencies'"));
    }

    private async Task<object?> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
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
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ConnectionStrings:DanVan"] = $"Data Source={DatabasePath}",
        ["Logging:File:Path"] = Path.Combine(_folder, "logs", "danvan-.log"),
        ["Evidence:Path"] = Path.Combine(_folder, "evidence"),
        ["Notifications:Enabled"] = "false",
        ["Seed:Demo"] = "false",
    };
}
