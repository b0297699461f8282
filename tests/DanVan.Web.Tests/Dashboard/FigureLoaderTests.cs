using System.Text.Json;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// The loader computes on several connections at once exactly what one <see cref="DashboardQueries"/> computes alone,
/// call after call; for the consolidated report, which prints only the missing agencies, the overdue lines and waiting
/// reports are counted without being read.
/// </summary>
public sealed class FigureLoaderTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    public static TheoryData<string, UnitLevel?> Views => new()
    {
        { "HN", null },
        { "HN", UnitLevel.Ward },
        { "HN-HK", null },
        { "HN-HK-HB", null },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Figures_loaded_at_once_equal_figures_computed_one_after_the_other(string unitCode, UnitLevel? level)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var queries = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var city = await db.Units.SingleAsync(u => u.Code == "HN");
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var view = (await queries.ResolveAsync(DataScope.Of(city), new DashboardFilter(UnitId: unit.Id, Level: level), Hanoi.Today(factory.Clock), default))!;

        var reporting = await queries.ReportingAsync(view, default);
        var statuses = await queries.TaskStatusesAsync(view, default);
        var one = new DashboardFigures(
            reporting,
            statuses,
            await queries.MatrixAsync(view, default),
            await queries.IndicatorsAsync(view, default),
            await queries.ListsAsync(view, reporting, statuses, DashboardQueries.ListSize, default),
            await queries.NarrativeAsync(view, reporting, default));
        var loader = scope.ServiceProvider.GetRequiredService<DashboardFigureLoader>();
        var dashboard = await loader.LoadAsync(view, FigureSet.Dashboard, DashboardQueries.ListSize, default);
        var report = await loader.LoadAsync(view, FigureSet.ConsolidatedReport, DashboardQueries.ListSize, default);

        Assert.True(reporting.Total.Expected > 0);
        Assert.Equal(Json(one with { Narrative = null }), Json(dashboard));
        var missingOnly = await queries.ListsAsync(view, reporting, statuses, DashboardQueries.ListSize, workLists: false, default);

        Assert.Equal(Json(one with { Matrix = null, Lists = missingOnly }), Json(report));
        Assert.Equal((one.Lists.Overdue.Total, one.Lists.Waiting.Total, 0, 0), (missingOnly.Overdue.Total, missingOnly.Waiting.Total, missingOnly.Overdue.Items.Count, missingOnly.Waiting.Items.Count));
    }

    private static string Json<T>(T figures) => JsonSerializer.Serialize(figures);
}
