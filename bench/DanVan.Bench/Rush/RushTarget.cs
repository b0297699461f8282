using System.Diagnostics;
using System.Globalization;
using DanVan.Bench.HanoiScale;
using DanVan.Bench.Memory;

namespace DanVan.Bench.Rush;

/// <summary>
/// The portal the rush's clients talk to. By default the built portal (Release) as its own process on a loopback port,
/// reached as nginx reaches it (<see cref="PortalChild"/>, <see cref="ProxiedClient"/>), in the Staging environment so
/// that its clock can be stopped on the data set's day (<c>Clock:FixedUtc</c>, which Production ignores); otherwise
/// configured as Production. With <c>--in-process</c>: the portal in the bench's own process (TestServer, no socket).
/// </summary>
internal sealed class RushTarget : IDisposable
{
    private readonly BenchPortal? _inProcess;
    private readonly PortalChild? _child;

    private RushTarget(BenchPortal? inProcess, PortalChild? child, double startSeconds)
    {
        _inProcess = inProcess;
        _child = child;
        StartSeconds = startSeconds;
    }

    public double StartSeconds { get; }

    public string Description => _child is null
        ? "the portal in the bench's process (TestServer, no socket)"
        : $"the built portal as its own process on {_child.BaseAddress} (pid {_child.Id}), the clients speaking to it as nginx does";

    /// <summary>The portal process's peak resident set (VmHWM) in MiB so far; null in process, where it is the bench's.</summary>
    public double? PeakResidentMiB => _child is null ? null : ProcFacts.Status(_child.Id, "VmHWM");

    /// <summary>Starts the portal on <paramref name="copy"/>, with <paramref name="environment"/> (<c>--env NAME=VALUE</c>) in its process's environment, and waits for its first page.</summary>
    public static async Task<RushTarget> StartAsync(string copy, HanoiDataSet set, bool inProcess, IReadOnlyDictionary<string, string> environment)
    {
        var watch = Stopwatch.StartNew();
        if (inProcess)
        {
            var portal = new BenchPortal(copy, new BenchClock(set.Now));
            using (var first = await portal.Anonymous().GetAsync(new Uri("/Account/Login", UriKind.Relative)))
            {
                first.EnsureSuccessStatusCode();
            }

            return new RushTarget(portal, null, watch.Elapsed.TotalSeconds);
        }

        var settings = new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Staging",
            ["Clock__FixedUtc"] = set.Now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
        var child = PortalChild.Start(HanoiRun.RepositoryRoot(), copy, settings);
        using (var probe = ProxiedClient.Create(child.BaseAddress))
        {
            await child.WaitForFirstPageAsync(probe);
        }

        return new RushTarget(null, child, watch.Elapsed.TotalSeconds);
    }

    public HttpClient Anonymous() => _child is null ? _inProcess!.Anonymous() : ProxiedClient.Create(_child.BaseAddress);

    public Task<HttpClient> SignedInAsync(string email) =>
        _child is null ? _inProcess!.SignedInAsync(email) : ProxiedClient.SignedInAsync(_child.BaseAddress, email);

    public void Dispose()
    {
        _inProcess?.Dispose();
        _child?.Dispose();
    }
}
