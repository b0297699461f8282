using DanVan.Data.Seeding;
using DanVan.Web.Hosting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// <c>Clock:FixedUtc</c> stops the portal's clock at a given instant outside Production (so that a portal started as a
/// separate process runs on a known day) and is ignored in Production. These hosts register the clock as Program does,
/// instead of the test clock.
/// </summary>
public sealed class ClockSettingTests
{
    /// <summary>10/12/2026 09:00 in Hanoi: Q4/2026 is due on 20/12, in 10 days.</summary>
    private const string Fixed = "2026-12-10T02:00:00Z";

    [Fact]
    public async Task Outside_Production_the_portal_tells_the_fixed_instant_and_counts_days_from_it()
    {
        using var factory = new SettingFactory("Testing", seedDemo: true);
        var clock = factory.Services.GetRequiredService<TimeProvider>();
        var client = await SignIn.AsAsync(factory, DemoAccounts.HangBacHead);

        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(DateTimeOffset.Parse(Fixed, System.Globalization.CultureInfo.InvariantCulture), clock.GetUtcNow());
        await Task.Delay(20);
        Assert.Equal(DateTimeOffset.Parse(Fixed, System.Globalization.CultureInfo.InvariantCulture), clock.GetUtcNow());
        var line = home.Document.QuerySelector("section[aria-labelledby=current-period] p")?.TextContent ?? string.Empty;
        Assert.Equal("Quý IV/2026 · hạn gửi 20/12/2026 còn 10 ngày", string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Production_ignores_the_setting_and_runs_on_the_system_clock()
    {
        using var factory = new SettingFactory("Production", seedDemo: false);

        Assert.Same(TimeProvider.System, factory.Services.GetRequiredService<TimeProvider>());
    }

    private sealed class SettingFactory(string environment, bool seedDemo) : DanVanFactory
    {
        protected override string EnvironmentName => environment;

        protected override bool SeedDemo => seedDemo;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PortalClock.FixedUtcSetting, Fixed);
            builder.ConfigureServices((context, services) => services.RemoveAll<TimeProvider>().AddDanVanClock(context.Configuration, context.HostingEnvironment));
        }
    }
}
