using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;

namespace DanVan.Web.Dashboard;

/// <summary>
/// What a dashboard view filters the read model by: periods, directive, the viewed unit's path, and optionally agency,
/// level and kind; and, to read one part of the view again, <see cref="Part"/>: the code of the viewed unit's child whose
/// subtree alone is read, or "" for the viewed unit's own agencies alone.
/// </summary>
public sealed record FactFilter(IReadOnlyCollection<int> PeriodIds, int DirectiveId, string UnitPath, int? AgencyId, UnitLevel? Level, AgencyKind? Kind, string? Part = null);

/// <summary>A read-model row with the code of the viewed unit's child whose subtree holds it ("" for the viewed unit's own agencies).</summary>
internal sealed class ChildRow<T>
{
    public required T Row { get; init; }

    public required string Child { get; init; }
}

internal sealed record LineCount(string Child, int TaskId, bool IsAssigned, TaskProgress? Progress, DateOnly? DueOn, bool? CompletedInTime, int Count);

internal sealed record IndicatorSum(string Child, int IndicatorId, double Sum, int Count);

internal sealed record PeriodIndicatorSum(int PeriodId, int IndicatorId, double Sum, int Count);

internal sealed record ReportingGroup(string UnitPath, UnitLevel Level, int Expected, int Submitted, int OnTime, int Accepted, int Returned, int Awaiting);

/// <summary>
/// The shapes of the dashboard's SQL over the read model, translated on both providers (the SQL Server translation is
/// tested with <c>ToQueryString</c>). Figures group by child unit in the database, so a city view reads a row per child
/// unit and task, not one per unit below.
/// </summary>
internal static class FactQueries
{
    /// <summary>The one filter of every figure: periods, directive, the viewed unit's subtree, then agency, level and kind when chosen.</summary>
    public static IQueryable<T> InView<T>(IQueryable<T> rows, FactFilter filter)
        where T : class, IFactDimensions
    {
        var (periodIds, directiveId, path) = (filter.PeriodIds, filter.DirectiveId, filter.UnitPath);
        rows = periodIds.Count == 1 && periodIds.First() is var periodId
            ? rows.Where(r => r.PeriodId == periodId)
            : rows.Where(r => periodIds.Contains(r.PeriodId));
        if (filter.Part is "")
        {
            rows = rows.Where(r => r.DirectiveId == directiveId && r.UnitPath == path);
        }
        else
        {
            var subtree = filter.Part is { } child ? path + child + "/" : path;
            var (from, to) = SubtreeRange(subtree);
            rows = rows.Where(r => r.DirectiveId == directiveId && r.UnitPath.StartsWith(subtree) && string.Compare(r.UnitPath, from) >= 0 && string.Compare(r.UnitPath, to) < 0);
        }

        if (filter.AgencyId is { } agencyId)
        {
            rows = rows.Where(r => r.AgencyId == agencyId);
        }

        if (filter.Level is { } level)
        {
            rows = rows.Where(r => r.Level == level);
        }

        if (filter.Kind is { } kind)
        {
            rows = rows.Where(r => r.Kind == kind);
        }

        return rows;
    }

    /// <summary>
    /// The paths of a subtree as a range, [path, path with its last character, the closing '/', raised to '0'): the prefix
    /// test stays the rule, the range lets SQLite seek the subtree in the indexes that lead with period, directive and path
    /// (it cannot seek a LIKE prefix), so that a province's or a commune's figures do not read the whole nation's rows.
    /// </summary>
    private static (string From, string To) SubtreeRange(string path) =>
        (path, path.Length == 0 ? "\uffff" : path[..^1] + (char)(path[^1] + 1));

    /// <summary>
    /// Each row with its child code under <paramref name="path"/>, computed in the database as
    /// <see cref="Data.Facts.PeriodTree.ChildCodeUnder"/> computes it in memory: the path's next segment.
    /// </summary>
    public static IQueryable<ChildRow<T>> WithChild<T>(IQueryable<T> rows, string path)
        where T : class, IFactDimensions
    {
        var start = path.Length;
        return rows.Select(r => new ChildRow<T>
        {
            Row = r,
            Child = r.UnitPath.Length > start ? r.UnitPath.Substring(start, r.UnitPath.Substring(start).IndexOf('/')) : string.Empty,
        });
    }

    /// <summary>Lines by child unit, task, whether assigned and the status rule's inputs.</summary>
    public static IQueryable<LineCount> LineCounts(IQueryable<ReportingFactLine> lines, string path) =>
        WithChild(lines, path)
            .GroupBy(x => new { x.Child, x.Row.TaskId, x.Row.IsAssigned, x.Row.Progress, x.Row.DueOn, x.Row.CompletedInTime })
            .Select(g => new LineCount(g.Key.Child, g.Key.TaskId, g.Key.IsAssigned, g.Key.Progress, g.Key.DueOn, g.Key.CompletedInTime, g.Count()));

    /// <summary>Submitted indicator values summed and counted by child unit and indicator.</summary>
    public static IQueryable<IndicatorSum> IndicatorSums(IQueryable<ReportingFactIndicator> values, string path) =>
        WithChild(values, path)
            .GroupBy(x => new { x.Child, x.Row.IndicatorId })
            .Select(g => new IndicatorSum(g.Key.Child, g.Key.IndicatorId, g.Sum(x => (double)x.Row.Value), g.Count()));
}
