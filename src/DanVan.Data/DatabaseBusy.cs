using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace DanVan.Data;

/// <summary>
/// Whether a request failed only because the database was busy with other writers beyond the wait allowed (SQLite's
/// SQLITE_BUSY or SQLITE_LOCKED after its busy timeout; SQL Server's deadlock victim 1205 or lock timeout 1222): nothing
/// was written, and the same request a moment later succeeds. The portal answers such a request 503 with Retry-After,
/// not 500.
/// </summary>
public static class DatabaseBusy
{
    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 } or SqlException { Number: 1205 or 1222 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>503 for a busy database, otherwise 500: the status of a request that failed with <paramref name="error"/>.</summary>
    public static int StatusCodeOf(Exception? error) => Is(error) ? 503 : 500;
}
