using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Data;

/// <summary>
/// Refuses every command that would rewrite or remove audit entries (UPDATE, DELETE, TRUNCATE on the AuditEntries table),
/// whoever issues it: SaveChanges, ExecuteUpdate/ExecuteDelete or raw SQL through the context. The context registers it
/// itself (<see cref="DanVanDbContext"/>'s OnConfiguring), so every context of the portal, the tests and the bench has it.
/// The database itself should also refuse (see docs/operations.md: DENY UPDATE, DELETE on SQL Server).
/// </summary>
public sealed partial class AuditAppendOnlyInterceptor : DbCommandInterceptor
{
    public const string Message = "Audit entries are append-only: they cannot be updated or deleted.";

    public static readonly AuditAppendOnlyInterceptor Instance = new();

    private AuditAppendOnlyInterceptor()
    {
    }

    /// <summary>Whether a command's text updates, deletes or truncates the AuditEntries table (SQLite or SQL Server syntax).</summary>
    public static bool RewritesAudit(string commandText) => AuditRewrite().IsMatch(commandText);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(DbCommand command)
    {
        if (RewritesAudit(command.CommandText))
        {
            throw new InvalidOperationException(Message);
        }
    }

    /// <summary>
    /// UPDATE "AuditEntries" …, DELETE FROM "AuditEntries" … (SQLite, and SQL Server's SaveChanges), UPDATE [a] SET … FROM
    /// [AuditEntries] AS [a] and DELETE FROM [a] FROM [AuditEntries] AS [a] (SQL Server's ExecuteUpdate/ExecuteDelete),
    /// TRUNCATE TABLE: a statement that begins (on its line or after a semicolon) with one of those verbs and names the table
    /// before its end, so a SELECT or an INSERT of audit entries, alone or batched with updates of other tables, passes.
    /// </summary>
    [GeneratedRegex("""(?:^|;)\s*(?:UPDATE|DELETE|TRUNCATE)\b[^;]*?(?:^|[\s.\["`])AuditEntries(?:$|[\s\]"`;])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex AuditRewrite();
}
