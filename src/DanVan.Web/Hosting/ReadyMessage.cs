using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DanVan.Web.Hosting;

/// <summary>Says once, when the portal has started, where to open it: the last line a newcomer's first run prints.</summary>
public static partial class ReadyMessage
{
    public static void LogWhenReady(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadyMessage).FullName!);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
            LogReady(logger, addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(no address)");
        });
    }

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "DanVan is ready: open {Addresses} in a browser")]
    private static partial void LogReady(ILogger logger, string addresses);
}
