using System.Globalization;

namespace DanVan.Web.Hosting;

/// <summary>
/// The portal's <see cref="TimeProvider"/>: the system clock, or, outside Production only, a clock stopped at the instant
/// given by <c>Clock:FixedUtc</c> (ISO 8601, e.g. <c>2026-11-26T03:00:00Z</c>). The setting exists so that a test can run
/// the built portal as a separate process on a known day (the crash-safety test); Production ignores it with a warning.
/// Timers (the reminder job's interval) still run on real time.
/// </summary>
public static partial class PortalClock
{
    public const string FixedUtcSetting = "Clock:FixedUtc";

    public static IServiceCollection AddDanVanClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var fixedUtc = configuration[FixedUtcSetting];
        if (string.IsNullOrWhiteSpace(fixedUtc))
        {
            return services.AddSingleton(TimeProvider.System);
        }

        if (environment.IsProduction())
        {
            return services.AddSingleton<TimeProvider>(sp =>
            {
                LogIgnoredInProduction(sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalClock).FullName!), FixedUtcSetting);
                return TimeProvider.System;
            });
        }

        var instant = DateTimeOffset.Parse(fixedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return services.AddSingleton<TimeProvider>(new FixedClock(instant));
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "{Setting} is set but ignored in Production: the portal runs on the system clock.")]
    private static partial void LogIgnoredInProduction(ILogger logger, string setting);

    /// <summary>A clock that always tells the same instant.</summary>
    private sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }
}
