using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Data;

/// <summary>
/// Sets a busy timeout on every SQLite connection so that concurrent writers wait instead of failing: the connection's
/// default timeout, 30 s unless the connection string sets another, since at the deadline rush (bench -- rush) a
/// hundred writers at once waited longer than the earlier 5 s. Beyond it the request is answered 503 (<see cref="DatabaseBusy"/>).
/// Both settings belong to the native connection, which Microsoft.Data.Sqlite's pool keeps open between uses: they are
/// set once per native connection, not on every open (a signed-in page opens one several times).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>The wait when the connection string sets none: Microsoft.Data.Sqlite's default <c>Default Timeout</c>.</summary>
    public const int BusyTimeoutMilliseconds = 30000;

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    /// <summary>Whether the native connection (the pool's <c>sqlite3</c> handle) behind <paramref name="connection"/> already has the settings.</summary>
    private static bool IsConfigured(DbConnection connection) =>
        ((SqliteConnection)connection).Handle is { } handle && Configured.TryGetValue(handle, out _);

    private static void Remember(DbConnection connection)
    {
        if (((SqliteConnection)connection).Handle is { } handle)
        {
            Configured.AddOrUpdate(handle, handle);
        }
    }

    private static string Pragmas(DbConnection connection) =>
        FormattableString.Invariant($"PRAGMA busy_timeout = {((SqliteConnection)connection).DefaultTimeout * 1000}; PRAGMA foreign_keys = ON;");
}
