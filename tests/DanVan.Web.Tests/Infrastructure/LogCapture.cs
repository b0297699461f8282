using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// A Serilog sink that keeps the portal's log events in memory. The portal's logger reads its sinks from the services
/// (<c>ReadFrom.Services</c>), so a test host registers one with <see cref="LogCaptureExtensions.CaptureLogs"/> and reads what was logged
/// without the log files or the static logger.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>How many events were logged so far: a mark for <see cref="ErrorsSince"/>.</summary>
    public int Count => _events.Count;

    /// <summary>Events at Error or above logged after <paramref name="mark"/>, rendered as text for an assertion message.</summary>
    public IReadOnlyList<string> ErrorsSince(int mark) =>
        [.. _events.Skip(mark).Where(e => e.Level >= LogEventLevel.Error).Select(e => $"{e.Level}: {e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {e.Exception}")];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}

public static class LogCaptureExtensions
{
    public static IWebHostBuilder CaptureLogs(this IWebHostBuilder builder, LogCapture capture) =>
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(capture));
}

/// <summary>A <see cref="SignedInFactory"/> whose log events are kept in <see cref="Logs"/>.</summary>
public sealed class LoggedSignedInFactory : SignedInFactory
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.CaptureLogs(Logs);
    }
}
