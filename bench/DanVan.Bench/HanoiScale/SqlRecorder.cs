using System.Data;
using System.Data.Common;
using System.Diagnostics;
using DanVan.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench.HanoiScale;

/// <summary>One SQL command of a request: where in the portal it came from, its text and parameters, and how long it took (execution and reading every row).</summary>
internal sealed record RecordedCommand(string Origin, string Sql, IReadOnlyList<(string Name, object? Value, DbType Type)> Parameters, double Milliseconds);

/// <summary>The SQL commands of one request: their number and total time, and (when captured) each command.</summary>
internal sealed class RequestSql(bool capture)
{
    private readonly Lock _lock = new();
    private readonly List<RecordedCommand> _commands = [];
    private readonly Dictionary<DbCommand, string> _origins = [];
    private readonly Dictionary<DbCommand, TimeSpan> _executions = [];

    public int Count { get; private set; }

    public double Milliseconds { get; private set; }

    public bool Capture => capture;

    public IReadOnlyList<RecordedCommand> Commands
    {
        get
        {
            lock (_lock)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>Notes which portal method runs <paramref name="command"/> (captured requests only).</summary>
    public void Begin(DbCommand command, string origin)
    {
        lock (_lock)
        {
            _origins[command] = origin;
        }
    }

    /// <summary>A reader's execution, up to its first row: for a GROUP BY, nearly all of its work.</summary>
    public void Executed(DbCommand command, TimeSpan duration)
    {
        lock (_lock)
        {
            _executions[command] = duration;
        }
    }

    /// <summary>A command done: a reader's execution and the reading of its rows, or a scalar or non-query command.</summary>
    public void Add(DbCommand command, TimeSpan duration)
    {
        lock (_lock)
        {
            Count++;
            _executions.Remove(command, out var execution);
            duration += execution;
            Milliseconds += duration.TotalMilliseconds;
            if (capture)
            {
                _origins.Remove(command, out var origin);
                var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value, p.DbType)).ToList();
                _commands.Add(new RecordedCommand(origin ?? "?", command.CommandText, parameters, duration.TotalMilliseconds));
            }
        }
    }
}

/// <summary>
/// Times the SQL of each request to the portal (an EF command interceptor, and a middleware that gives each request its
/// own <see cref="RequestSql"/>); with <see cref="CaptureNext"/> it also keeps the next request's commands, with the
/// portal method that ran each, for EXPLAIN QUERY PLAN. Requests are sent one at a time, so the latest is the one just answered.
/// </summary>
internal sealed class SqlRecorder : DbCommandInterceptor
{
    private static readonly AsyncLocal<RequestSql?> Current = new();

    public RequestSql? Latest { get; private set; }

    public bool CaptureNext { get; set; }

    /// <summary>Times the SQL of what the caller runs next in its own flow (outside a request), until the next call.</summary>
    public static RequestSql Begin()
    {
        var measured = new RequestSql(capture: false);
        Current.Value = measured;
        return measured;
    }

    public void Register(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteDanVanDbContext>(options => options.AddInterceptors(this));
        services.AddSingleton<IStartupFilter>(new PerRequest(this));
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Mark(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Mark(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Current.Value?.Executed(command, eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Executed(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    /// <summary>Reading the rows, from the reader's creation to its disposal.</summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Current.Value?.Add(command, eventData.Duration);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Current.Value?.Add(command, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Current.Value?.Add(command, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Current.Value?.Add(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    /// <summary>The first portal method on the stack ("DashboardQueries.LineGroupsAsync"), for captured requests only.</summary>
    private static void Mark(DbCommand command)
    {
        if (Current.Value is not { Capture: true } request)
        {
            return;
        }

        var frame = new StackTrace().GetFrames().Select(f => f.GetMethod()?.DeclaringType)
            .FirstOrDefault(t => t?.FullName is { } name && name.StartsWith("DanVan.", StringComparison.Ordinal) && !name.StartsWith("DanVan.Bench", StringComparison.Ordinal)
                && !name.StartsWith("DanVan.Data.DanVanDbContext", StringComparison.Ordinal));
        request.Begin(command, frame is null ? "?" : frame.Name.StartsWith('<') && frame.DeclaringType is { } outer
            ? $"{outer.Name}.{frame.Name[1..frame.Name.IndexOf('>', StringComparison.Ordinal)]}"
            : frame.Name);
    }

    private sealed class PerRequest(SqlRecorder recorder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var request = new RequestSql(recorder.CaptureNext);
                recorder.CaptureNext = false;
                Current.Value = request;
                recorder.Latest = request;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
