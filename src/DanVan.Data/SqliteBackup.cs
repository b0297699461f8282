using Microsoft.Data.Sqlite;

namespace DanVan.Data;

/// <summary>
/// Backup and restore of the SQLite database with SQLite's online backup API. A backup copies every page in one step under
/// one read transaction, so it is a consistent snapshot even while the portal writes (WAL mode lets the writers go on);
/// it is written beside the target, checked with <c>PRAGMA integrity_check</c> and only then renamed to it. A restore checks
/// the backup first, refuses while any other connection has the database open (the portal must be stopped), keeps the
/// database it replaces as <c>&lt;database&gt;.before-restore</c>, and copies the backup in under an exclusive lock.
/// </summary>
public static class SqliteBackup
{
    public const string BeforeRestoreSuffix = ".before-restore";

    /// <summary>Copies the database at <paramref name="databasePath"/> to <paramref name="backupPath"/>, which must not exist yet.</summary>
    public static void BackUp(string databasePath, string backupPath)
    {
        if (!File.Exists(databasePath))
        {
            throw new SqliteBackupException($"There is no database at {databasePath}.");
        }

        if (File.Exists(backupPath))
        {
            throw new SqliteBackupException($"{backupPath} already exists; choose another file name.");
        }

        var partial = backupPath + ".partial";
        File.Delete(partial);
        string integrity;
        using (var source = Open(databasePath, SqliteOpenMode.ReadWrite))
        using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
            Execute(copy, "PRAGMA journal_mode=DELETE;");
            integrity = IntegrityCheck(copy);
        }

        if (integrity != "ok")
        {
            File.Delete(partial);
            throw new SqliteBackupException($"The copy failed its integrity check ({integrity}); nothing was written to {backupPath}.");
        }

        File.Move(partial, backupPath);
    }

    /// <summary>
    /// Puts the backup at <paramref name="backupPath"/> in place of the database at <paramref name="databasePath"/> (or creates
    /// it); returns the path where the replaced database was kept, or null when there was none.
    /// </summary>
    public static string? Restore(string databasePath, string backupPath)
    {
        if (!File.Exists(backupPath))
        {
            throw new SqliteBackupException($"There is no backup at {backupPath}.");
        }

        using var backup = Open(backupPath, SqliteOpenMode.ReadWrite);
        var integrity = TryIntegrityCheck(backup);
        if (integrity != "ok")
        {
            throw new SqliteBackupException($"{backupPath} failed its integrity check ({integrity}); the database was not touched.");
        }

        if (Scalar(backup, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';") == 0)
        {
            throw new SqliteBackupException($"{backupPath} is not a DanVan database (it has no migration history); the database was not touched.");
        }

        var aside = databasePath + BeforeRestoreSuffix;
        var replacing = File.Exists(databasePath);
        if (replacing && File.Exists(aside))
        {
            throw new SqliteBackupException($"{aside} is left from an earlier restore; move it away first. The database was not touched.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        using var target = Open(databasePath, SqliteOpenMode.ReadWriteCreate);
        LockExclusively(target, databasePath);
        if (replacing)
        {
            using var kept = Open(aside, SqliteOpenMode.ReadWriteCreate);
            target.BackupDatabase(kept);
            Execute(kept, "PRAGMA journal_mode=DELETE;");
        }

        backup.BackupDatabase(target);
        integrity = IntegrityCheck(target);
        if (integrity != "ok")
        {
            throw new SqliteBackupException($"The restored database failed its integrity check ({integrity}); the replaced one is kept at {aside}.");
        }

        return replacing ? aside : null;
    }

    /// <summary>The result of <c>PRAGMA integrity_check</c>: "ok", or the problems it found, one per line.</summary>
    public static string IntegrityCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return string.Join('\n', rows);
    }

    /// <summary>
    /// Takes the database for this connection alone until it is closed; fails at once if any other connection, of this
    /// process or another, has it open and has read it (a portal at work keeps pooled connections open; one idle for
    /// minutes may have closed them all, which is why the portal must be stopped: the lock only makes the copy safe).
    /// </summary>
    private static void LockExclusively(SqliteConnection connection, string databasePath)
    {
        Execute(connection, "PRAGMA busy_timeout = 1000; PRAGMA locking_mode = EXCLUSIVE;");
        try
        {
            Execute(connection, "BEGIN EXCLUSIVE; COMMIT;", timeoutSeconds: 1);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            throw new SqliteBackupException($"{databasePath} is in use: stop the portal (and anything else that has the database open) before restoring. The database was not touched.");
        }
    }

    private static string TryIntegrityCheck(SqliteConnection connection)
    {
        try
        {
            return IntegrityCheck(connection);
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {SqlitePragmaInterceptor.BusyTimeoutMilliseconds};");
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/>; Microsoft.Data.Sqlite retries a busy database for the command timeout (30 s unless given).</summary>
    private static void Execute(SqliteConnection connection, string sql, int timeoutSeconds = 30)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A backup or restore refused or failed, with the reason to tell the operator.</summary>
public sealed class SqliteBackupException(string message) : Exception(message);
