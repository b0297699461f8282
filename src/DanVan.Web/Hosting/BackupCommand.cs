using DanVan.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Hosting;

/// <summary>
/// <c>dotnet DanVan.Web.dll backup --to FILE</c>: a consistent copy of the SQLite database, safe while the portal runs.
/// <c>dotnet DanVan.Web.dll restore --from FILE</c>, with the portal stopped: checks the backup, keeps the database it
/// replaces as <c>&lt;database&gt;.before-restore</c> and puts the backup in its place (see <see cref="SqliteBackup"/>).
/// The database is the one the portal's settings name (<c>ConnectionStrings:DanVan</c>). On SQL Server the command only
/// explains that the server's own BACKUP DATABASE and RESTORE DATABASE are used (docs/operations.md).
/// </summary>
public static class BackupCommand
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public const string SqlServerAdvice =
        "The portal runs on SQL Server: back up and restore with the server's own tools, e.g. " +
        "BACKUP DATABASE [DanVan] TO DISK = N'…\\danvan.bak' WITH COPY_ONLY, CHECKSUM; " +
        "RESTORE VERIFYONLY FROM DISK = N'…\\danvan.bak' WITH CHECKSUM; " +
        "RESTORE DATABASE [DanVan] FROM DISK = N'…\\danvan.bak' WITH CHECKSUM, REPLACE (portal stopped). See docs/operations.md.";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] is Backup or Restore;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var restore = args[0] == Restore;
        var file = Option(args, restore ? "--from" : "--to");
        if (string.IsNullOrWhiteSpace(file))
        {
            await Console.Error.WriteLineAsync(restore ? $"Usage: {Restore} --from <backup file> (with the portal stopped)" : $"Usage: {Backup} --to <new file>");
            return 2;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        if (db is not SqliteDanVanDbContext)
        {
            await Console.Error.WriteLineAsync(SqlServerAdvice);
            return 2;
        }

        var database = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        file = Path.GetFullPath(file);
        try
        {
            if (restore)
            {
                var kept = SqliteBackup.Restore(database, file);
                Console.WriteLine($"Restored {database} from {file} (integrity ok).{(kept is null ? string.Empty : $" The replaced database is kept at {kept}.")}");
            }
            else
            {
                SqliteBackup.BackUp(database, file);
                Console.WriteLine($"Backed up {database} to {file} (integrity ok).");
            }

            return 0;
        }
        catch (Exception ex) when (ex is SqliteBackupException or SqliteException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
