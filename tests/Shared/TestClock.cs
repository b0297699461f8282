using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Testing;

/// <summary>
/// The time of the portal under test, shared by the HTTP and the browser suites' hosts: a clock the test holds instead of
/// the wall clock, and no hourly reminder job of its own; a test that needs reminders runs <c>PeriodReminders</c> itself.
/// </summary>
public static class TestClock
{
    /// <summary>
    /// 26/11/2026 10:00 in Hanoi, where the test clocks start: the demo data is seeded relative to it, Q4/2026 (data up to
    /// 14/12, due 20/12) is the current, open quarter and Q3/2026 is closed.
    /// </summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the portal on <paramref name="clock"/> instead of <see cref="TimeProvider.System"/>, with the reminder job switched off.</summary>
    public static IWebHostBuilder UseTestClock(this IWebHostBuilder builder, TimeProvider clock) =>
        builder
            .UseSetting("Notifications:Enabled", "false")
            .ConfigureServices(services => services.RemoveAll<TimeProvider>().AddSingleton(clock));
}
