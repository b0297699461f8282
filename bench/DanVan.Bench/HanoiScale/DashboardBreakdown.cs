using System.Diagnostics;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench.HanoiScale;

/// <summary>One step of building the city's dashboard figures: its median time and the median time of its SQL.</summary>
internal sealed record BreakdownStep(string Step, double Milliseconds, double SqlMilliseconds);

/// <summary>
/// Where the city dashboard's time goes: each <see cref="DashboardQueries"/> call the page makes, called directly in the
/// portal's services in the page's order (so the matrix reuses the task lines counted for the task figures, as on the
/// page) and timed with its SQL, <c>repeat</c> times; then, in a loop of their own, the calls only the exports add. What
/// the page's total has beyond the sum is the page's own work (rendering, the chart data).
/// </summary>
internal static class DashboardBreakdown
{
    public static async Task<List<BreakdownStep>> MeasureAsync(IServiceProvider services, TimeProvider clock, int repeat)
    {
        DataScope city;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
            city = DataScope.Of(await db.Units.SingleAsync(u => u.ParentId == null));
        }

        var samples = new Dictionary<string, List<(double Total, double Sql)>>(StringComparer.Ordinal);
        async Task<T> Time<T>(string step, Func<Task<T>> run)
        {
            var sql = SqlRecorder.Begin();
            var watch = Stopwatch.StartNew();
            var result = await run();
            var list = samples.TryGetValue(step, out var known) ? known : samples[step] = [];
            list.Add((watch.Elapsed.TotalMilliseconds, sql.Milliseconds));
            return result;
        }

        for (var i = 0; i < repeat; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var queries = Uncached(scope.ServiceProvider);
            var view = (await Time("ResolveAsync", () => queries.ResolveAsync(city, new DashboardFilter(), Hanoi.Today(clock), default)))!;
            var reporting = await Time("ReportingAsync", () => queries.ReportingAsync(view, default));
            var statuses = await Time("TaskStatusesAsync", () => queries.TaskStatusesAsync(view, default));
            await Time("MatrixAsync", () => queries.MatrixAsync(view, default));
            await Time("IndicatorsAsync", () => queries.IndicatorsAsync(view, default));
            await Time("ListsAsync (20 a list)", () => queries.ListsAsync(view, reporting, statuses, DashboardQueries.ListSize, default));
        }

        for (var i = 0; i < repeat; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var queries = Uncached(scope.ServiceProvider);
            var view = (await queries.ResolveAsync(city, new DashboardFilter(), Hanoi.Today(clock), default))!;
            var reporting = await queries.ReportingAsync(view, default);
            var statuses = await queries.TaskStatusesAsync(view, default);
            await Time("ListsAsync (.xlsx: 10,000 a list)", () => queries.ListsAsync(view, reporting, statuses, DashboardQueries.ExportListSize, default));
            await Time("NarrativeAsync (.docx only)", () => queries.NarrativeAsync(view, reporting, default));
        }

        return samples.Select(s => new BreakdownStep(s.Key, Median(s.Value.Select(v => v.Total)), Median(s.Value.Select(v => v.Sql)))).ToList();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>The calls as the first view after a change makes them: every grouped figure read from the database, none from the instance's figure cache.</summary>
    private static DashboardQueries Uncached(IServiceProvider services) =>
        new(services.GetRequiredService<DanVan.Data.DanVanDbContext>(), new FigureCache(Microsoft.Extensions.Options.Options.Create(new FigureCacheOptions { FigureCacheRows = 0 })));
}
