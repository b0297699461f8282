using System.Collections.Concurrent;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Settings;

namespace DanVan.Web.Hosting;

/// <summary>
/// This running instance of the portal, named so that job leases (<see cref="JobLeases"/>) can tell instances apart:
/// machine, process and a random part, since two containers may share a machine name and a process number.
/// </summary>
public sealed partial class PortalInstance(ILogger<PortalInstance> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _released = new(StringComparer.Ordinal);

    public string Id { get; } = Name(Environment.MachineName, Environment.ProcessId, Guid.NewGuid());

    public static string Name(string machine, int process, Guid random)
    {
        var suffix = string.Create(CultureInfo.InvariantCulture, $"/{process}/{random:N}");
        var room = JobLease.HolderLength - suffix.Length;
        return (machine.Length > room ? machine[..room] : machine) + suffix;
    }

    /// <summary>Runs <paramref name="job"/> only while this instance holds the lease <paramref name="name"/> for <paramref name="duration"/> from now; false when another instance holds it.</summary>
    public async Task<bool> RunLeasedAsync(IServiceProvider scope, string name, TimeSpan duration, DateTime nowUtc, Func<Task> job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!await JobLeases.TryHoldAsync(scope.GetRequiredService<DanVanDbContext>(), name, Id, duration, nowUtc, ct))
        {
            return false;
        }

        await job();
        return true;
    }

    /// <summary>
    /// Gives up the lease <paramref name="name"/> if this instance holds it (the instance is stopping), so another takes the
    /// job at once; once per instance, however often its host is stopped. A host run by <c>app.RunAsync()</c> is stopped a
    /// second time when its owner stops it too (WebApplicationFactory's dispose, then the entry point's own shutdown): the
    /// second release ran after the first had returned and the owner had deleted the database, and opening it created an
    /// empty file there (the browser tests' "Directory not empty" at clean-up).
    /// </summary>
    public Task ReleaseAsync(IServiceScopeFactory scopes, string name, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return _released.GetOrAdd(name, job => new Lazy<Task>(() => ReleaseOnceAsync(scopes, job, nowUtc))).Value;
    }

    private async Task ReleaseOnceAsync(IServiceScopeFactory scopes, string name, DateTime nowUtc)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await JobLeases.ReleaseAsync(scope.ServiceProvider.GetRequiredService<DanVanDbContext>(), name, Id, nowUtc, CancellationToken.None);
        }
        catch (ObjectDisposedException)
        {
            // The host was disposed without stopping first (a test's or the bench's in-process portal): nothing to give up to.
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            LogReleaseFailed(logger, name, ex);
        }
    }

    [LoggerMessage(3205, LogLevel.Warning, "Could not give up the lease of job {Job} at stop; another instance takes the job when it expires")]
    private static partial void LogReleaseFailed(ILogger logger, string job, Exception ex);
}
