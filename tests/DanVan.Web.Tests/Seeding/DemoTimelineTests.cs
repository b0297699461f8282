using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Seeding;

/// <summary>The demo data is seeded around the portal's clock (26/11/2026 in the tests), not around the wall clock.</summary>
public sealed class DemoTimelineTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task The_current_quarters_demo_submissions_are_dated_in_the_three_days_before_the_clocks_date()
    {
        var submitted = await factory.QueryAsync(db => db.Reports
            .Where(r => r.Period!.Kind == PeriodKind.Quarter && r.Period.Year == 2026 && r.Period.Number == 4 && r.SubmittedAtUtc != null)
            .Select(r => r.SubmittedAtUtc!.Value)
            .ToListAsync());

        Assert.NotEmpty(submitted);
        Assert.All(submitted, at => Assert.InRange(DateOnly.FromDateTime(Hanoi.ToLocal(at)), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25)));
    }
}
