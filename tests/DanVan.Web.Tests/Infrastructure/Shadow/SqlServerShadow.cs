using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using DanVan.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DanVan.Web.Tests.Infrastructure.Shadow;

/// <summary>A SQL Server command the shadow captured, and what ran it.</summary>
public sealed record ShadowCommand(string Origin, string Sql);

/// <summary>A query the shadow could not translate on SQL Server: what ran it, the query as EF Core prints it, and the error.</summary>
public sealed record ShadowFailure(string Origin, string Query, string Error)
{
    public override string ToString() => $"{Origin}: {Error}{Environment.NewLine}{Query}";
}

/// <summary>
/// Translates every query of a SQLite portal on a <see cref="SqlServerDanVanDbContext"/> registered as production
/// registers it (<see cref="DataServiceCollectionExtensions.AddDanVanDatabase"/>), whose connection never opens and whose
/// commands are answered empty by <see cref="SuppressedServer"/>; it keeps each command's SQL and each query that did not
/// translate. An exception after a command was captured (an empty answer to First) is the empty answer, not a failure.
/// </summary>
public sealed class SqlServerShadow : IDisposable
{
    private static readonly AsyncLocal<string?> CurrentLabel = new();

    private static readonly MethodInfo DrainAsyncMethod = typeof(SqlServerShadow).GetMethod(nameof(DrainAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ServiceProvider _sqlServer;
    private readonly ConcurrentQueue<ShadowCommand> _commands = new();
    private readonly ConcurrentQueue<ShadowFailure> _failures = new();

    public SqlServerShadow()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(DatabaseProvider.SqlServer),
            [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = "Server=shadow.invalid;Database=DanVan;Integrated Security=True;TrustServerCertificate=True",
        }).Build();
        var services = new ServiceCollection().AddDanVanDatabase(configuration, Path.GetTempPath());
        services.ConfigureDbContext<SqlServerDanVanDbContext>(o => o.AddInterceptors(new SuppressedServer()));
        _sqlServer = services.BuildServiceProvider();
    }

    /// <summary>What the queries run outside a request are attributed to (a job a test runs), for the flow that sets it.</summary>
    public static string? Label
    {
        get => CurrentLabel.Value;
        set => CurrentLabel.Value = value;
    }

    public IReadOnlyCollection<ShadowCommand> Commands => _commands;

    public IReadOnlyCollection<ShadowFailure> Failures => _failures;

    /// <summary>Translates and runs <paramref name="query"/> (an expression of the SQLite context) on SQL Server.</summary>
    public void Translate<TResult>(Expression query, bool async, string origin)
    {
        using var scope = _sqlServer.CreateScope();
        var db = (SqlServerDanVanDbContext)scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var captured = SuppressedServer.Capture();
        try
        {
            var onSqlServer = new SqlServerRoots(db).Visit(query)!;
            var provider = db.GetService<IAsyncQueryProvider>();
            Drain(async ? provider.ExecuteAsync<TResult>(onSqlServer, CancellationToken.None) : provider.Execute<TResult>(onSqlServer), async);
        }
        catch (Exception ex) when (captured.Count == 0 || ex is not InvalidOperationException)
        {
            _failures.Enqueue(new ShadowFailure(origin, query.Print(), $"{ex.GetType().Name}: {ex.Message}"));
        }
        catch (InvalidOperationException)
        {
            // Thrown after the command was captured: the empty answer (no element for First or Single), not the translation.
        }
        finally
        {
            SuppressedServer.EndCapture();
            foreach (var sql in captured)
            {
                _commands.Enqueue(new ShadowCommand(origin, sql));
            }
        }
    }

    /// <summary>Records a query the shadow has no way to run yet, so that the test fails until it has one.</summary>
    public void NotShadowed(Expression query, string what, string origin) =>
        _failures.Enqueue(new ShadowFailure(origin, query.Print(), $"The shadow does not translate {what}."));

    /// <summary>What SQL Server 2022's parser (ScriptDom's TSql160Parser) finds wrong in <paramref name="sql"/>; none for a valid batch.</summary>
    public static List<string> ParseErrors(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out IList<ParseError> errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }

    public void Dispose() => _sqlServer.Dispose();

    private static void Drain(object? result, bool async)
    {
        var asyncItems = result?.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                break;
            case not null when async && asyncItems is not null:
                ((Task)DrainAsyncMethod.MakeGenericMethod(asyncItems.GetGenericArguments()).Invoke(null, [result])!).GetAwaiter().GetResult();
                break;
            case IEnumerable items and not string:
                foreach (var item in items)
                {
                    _ = item;
                }

                break;
        }
    }

    private static async Task DrainAsync<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var item in items)
        {
            _ = item;
        }
    }
}
