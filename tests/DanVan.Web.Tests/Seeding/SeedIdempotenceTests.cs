using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Seeding;

/// <summary>Seeding runs at every start-up, so running it again must add nothing.</summary>
public sealed class SeedIdempotenceTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Seeding_twice_changes_no_table()
    {
        var before = await factory.QueryAsync(CountRowsAsync);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await DanVanSeeder.SeedAsync(scope.ServiceProvider, includeDemo: true, CancellationToken.None);
        }

        var after = await factory.QueryAsync(CountRowsAsync);
        Assert.Equal(before, after);
        Assert.All(before, table => Assert.True(table.Value > 0, $"{table.Key} is empty"));
    }

    private static async Task<SortedDictionary<string, int>> CountRowsAsync(DanVanDbContext db) => new(StringComparer.Ordinal)
    {
        ["Units"] = await db.Units.CountAsync(),
        ["Agencies"] = await db.Agencies.CountAsync(),
        ["Assignments"] = await db.Assignments.CountAsync(),
        ["Directives"] = await db.Directives.CountAsync(),
        ["DirectiveTasks"] = await db.DirectiveTasks.CountAsync(),
        ["Indicators"] = await db.Indicators.CountAsync(),
        ["Periods"] = await db.Periods.CountAsync(),
        ["Reports"] = await db.Reports.CountAsync(),
        ["ReportLines"] = await db.ReportLines.CountAsync(),
        ["ReportTransitions"] = await db.ReportTransitions.CountAsync(),
        ["Users"] = await db.Users.CountAsync(),
        ["UserRoles"] = await db.UserRoles.CountAsync(),
        ["Roles"] = await db.Roles.CountAsync(),
    };
}
