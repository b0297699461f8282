using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Domain.Settings;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Seeding;

/// <summary>
/// A start on a database this build has already seeded in this quarter skips the seeder (about a second of a start at
/// Hanoi size); a start in a new quarter, or after the record is gone, seeds again and adds only what is missing.
/// </summary>
public sealed class SeedRecordTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task A_start_on_a_database_seeded_by_this_build_in_this_quarter_skips_seeding()
    {
        await InitializeAsync();

        Assert.Null(await InitializeAsync());
        Assert.Equal(SeedRecord.Of(includeDemo: true, restructured2025: false, factory.Clock), await RecordAsync());
    }

    [Fact]
    public async Task Without_its_record_the_database_is_seeded_again_adding_nothing_and_the_record_is_written_back()
    {
        await InitializeAsync();
        await factory.QueryAsync(db => db.PortalSettings.Where(s => s.Key == SeedRecord.Key).ExecuteDeleteAsync());

        var seeded = await InitializeAsync();

        Assert.Equal(new DanVanSeeder.SeedSummary(0, 0, 0, 0, 0, 0, 0, 0), seeded);
        Assert.NotNull(await RecordAsync());
        Assert.Null(await InitializeAsync());
    }

    [Fact]
    public async Task A_start_in_a_new_quarter_seeds_that_quarters_period()
    {
        await InitializeAsync();
        var next = ReportingPeriod.QuarterContaining(Hanoi.Today(factory.Clock)).Next();
        factory.Clock.SetUtcNow(new DateTimeOffset(next.DataFrom.AddDays(5).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));

        var seeded = await InitializeAsync();

        Assert.Equal(1, seeded?.Periods);
        Assert.True(await factory.QueryAsync(db => db.Periods.AnyAsync(p => p.Kind == PeriodKind.Quarter && p.Year == next.Year && p.Number == next.Number)));
        Assert.Null(await InitializeAsync());
    }

    [Fact]
    public void The_record_names_the_build_the_demo_the_restructuring_and_the_quarter()
    {
        var record = SeedRecord.Of(includeDemo: true, restructured2025: false, factory.Clock);

        Assert.NotEqual(record, SeedRecord.Of(includeDemo: false, restructured2025: false, factory.Clock));
        Assert.NotEqual(record, SeedRecord.Of(includeDemo: true, restructured2025: true, factory.Clock));
        Assert.Contains(typeof(SeedRecord).Module.ModuleVersionId.ToString("N"), record, StringComparison.Ordinal);
        Assert.True(record.Length <= PortalSetting.ValueLength);
    }

    private Task<DanVanSeeder.SeedSummary?> InitializeAsync() =>
        DatabaseInitializer.InitializeAsync(factory.Services, includeDemo: true, CancellationToken.None);

    private Task<string?> RecordAsync() =>
        factory.QueryAsync(db => db.PortalSettings.Where(s => s.Key == SeedRecord.Key).Select(s => s.Value).SingleOrDefaultAsync());
}
