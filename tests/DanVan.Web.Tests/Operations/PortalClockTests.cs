using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Testing;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// The portal tells the time by its injected clock only. The test clock stands at <see cref="TestClock.Now"/>
/// (26/11/2026), before any real run of these tests, so a page that read the wall clock would count other days.
/// </summary>
public sealed class PortalClockTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task The_home_page_counts_the_days_to_the_due_date_on_the_portals_clock()
    {
        Assert.Equal("Quý IV/2026 · hạn gửi 20/12/2026 còn 24 ngày", await CurrentPeriodLineAsync());

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 9, 0, 0, Hanoi.Offset));

        Assert.Equal("Quý IV/2026 · hạn gửi 20/12/2026 còn 10 ngày", await CurrentPeriodLineAsync());
    }

    /// <summary>Signs in afresh each time, since a moved clock may have expired the previous sign-in.</summary>
    private async Task<string> CurrentPeriodLineAsync()
    {
        var client = await SignIn.AsAsync(factory, DemoAccounts.HangBacHead);
        var home = await HtmlPage.GetAsync(client, "/");
        var line = home.Document.QuerySelector("section[aria-labelledby=current-period] p")?.TextContent ?? string.Empty;
        return string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
