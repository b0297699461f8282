using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Data;

/// <summary>
/// Sets a busy timeout on every SQLite connection so that concurrent writers wait instead of failing: the connection's
/// default timeout, 30 s unless the connection string sets another, since at the deadline rush (bench -- rush) a
/// hundred writers at once waited longer than the earlier 5 s. Beyond it the request is answered 503 (<see cref="DatabaseBusy"/>).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>The wait when the connection string sets none: Microsoft.Data.Sqlite's default <c>Default Timeout</c>.</summary>
    public const int BusyTimeoutMilliseconds = 30000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Pragmas(DbConnection connection) =>
        FormattableString.Invariant($"PRAGMA busy_timeout = {((SqliteConnection)connection).DefaultTimeout * 1000}; PRAGMA foreign_keys = ON;");
}
