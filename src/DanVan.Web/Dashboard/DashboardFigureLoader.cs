namespace DanVan.Web.Dashboard;

/// <summary>
/// What a page needs of a view's figures: the dashboard and its workbook show the matrix; the consolidated report quotes
/// the narrative; the API serves the headline figures, task statuses and indicators, neither matrix nor narrative.
/// </summary>
public enum FigureSet
{
    Dashboard,
    ConsolidatedReport,
    Api,
}

/// <summary>Every figure of one view, as the dashboard, its workbook and the consolidated report show them.</summary>
public sealed record DashboardFigures(
    ReportingFigures Reporting,
    TaskStatusCounts Statuses,
    Matrix? Matrix,
    IndicatorFigures Indicators,
    DashboardLists Lists,
    Narrative? Narrative);

/// <summary>
/// Computes a view's figures on several connections at once, each with its own <see cref="DashboardQueries"/> (and
/// context) from a child scope: the lines (task statuses, then the matrix or the narrative, which reuse the line
/// counts), the indicator values, the facts (reporting figures, then the lists) and, for the consolidated report, the
/// difficulties and the proposals. The figures are the same as one <see cref="DashboardQueries"/> computes alone; only
/// the wall time of a request is shorter. The consolidated report prints only the missing agencies of the lists, so
/// the overdue lines and the reports waiting for review are counted, not read.
/// </summary>
public sealed class DashboardFigureLoader(IServiceScopeFactory scopes)
{
    public async Task<DashboardFigures> LoadAsync(DashboardView view, FigureSet set, int listSize, CancellationToken ct)
    {
        await using var linesScope = scopes.CreateAsyncScope();
        await using var valuesScope = scopes.CreateAsyncScope();
        await using var factsScope = scopes.CreateAsyncScope();
        var lines = linesScope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var values = valuesScope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var facts = factsScope.ServiceProvider.GetRequiredService<DashboardQueries>();

        var reporting = Task.Run(() => facts.ReportingAsync(view, ct), ct);
        var statuses = Task.Run(() => lines.TaskStatusesAsync(view, ct), ct);
        var indicators = Task.Run(() => values.IndicatorsAsync(view, ct), ct);
        var workLists = set != FigureSet.ConsolidatedReport;
        var lists = Task.Run(async () => await facts.ListsAsync(view, await reporting, await statuses, listSize, workLists, ct), ct);
        var matrix = set == FigureSet.Dashboard
            ? Task.Run(async () => { await statuses; return (Matrix?)await lines.MatrixAsync(view, ct); }, ct)
            : Task.FromResult<Matrix?>(null);
        var narrative = set == FigureSet.ConsolidatedReport ? NarrativeAsync(lines, view, statuses, reporting, ct) : Task.FromResult<Narrative?>(null);
        await Task.WhenAll(reporting, statuses, indicators, lists, matrix, narrative);
        return new DashboardFigures(await reporting, await statuses, await matrix, await indicators, await lists, await narrative);
    }

    /// <summary>The narrative's tasks on the lines' connection after the task statuses; its difficulties and proposals each on a connection of its own meanwhile.</summary>
    private async Task<Narrative?> NarrativeAsync(DashboardQueries lines, DashboardView view, Task<TaskStatusCounts> statuses, Task<ReportingFigures> reporting, CancellationToken ct)
    {
        var difficulties = Task.Run(() => RaisedAsync(view, RaisedKind.Difficulty, ct), ct);
        var proposals = Task.Run(() => RaisedAsync(view, RaisedKind.Proposal, ct), ct);
        var tasks = Task.Run(async () => { await statuses; return await lines.NarrativeAsync(view, await reporting, difficulties, proposals, ct); }, ct);
        await Task.WhenAll(difficulties, proposals, tasks);
        return await tasks;
    }

    private async Task<RaisedSummary> RaisedAsync(DashboardView view, RaisedKind kind, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardQueries>().RaisedAsync(view, kind, ct);
    }
}
