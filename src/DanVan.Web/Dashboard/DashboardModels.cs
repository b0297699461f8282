using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Dashboard;

/// <summary>What a dashboard URL asks for; every part is optional and defaults to the user's own unit and the current quarter.</summary>
public sealed record DashboardFilter(int? DirectiveId = null, int? PeriodId = null, int? UnitId = null, int? AgencyId = null, UnitLevel? Level = null, AgencyKind? Kind = null);

public sealed record DirectiveChoice(int Id, string Code, string Title, string IssuingBody);

/// <summary>A unit as it was in the viewed period; <see cref="TodayName"/> is its name today when that differs.</summary>
public sealed record UnitRef(int Id, string Name, UnitLevel Level, string? TodayName = null);

public sealed record AgencyRef(int Id, string Name, int UnitId);

/// <summary>
/// A resolved dashboard: the directive, the period, the unit drilled into (and the agency, when drilled that far), all
/// within the user's scope. <see cref="AsOf"/> is the day task statuses are judged on: today, or the period's due date
/// once it has passed. Figures cover the agencies of <see cref="Unit"/> and the units below it, in the tree of the
/// period's data cut-off (<see cref="Tree"/>, where the viewed unit has <see cref="UnitPath"/>). <see cref="FactVersions"/> and
/// <see cref="CatalogueVersion"/> (null when its row is missing) are what the view read before anything else.
/// </summary>
public sealed record DashboardView(
    Data.Facts.PeriodTree Tree,
    string UnitPath,
    DirectiveChoice Directive,
    ReportingPeriod Period,
    ReportingPeriod? PreviousPeriod,
    IReadOnlyList<ReportingPeriod> TrendPeriods,
    UnitRef Unit,
    AgencyRef? Agency,
    IReadOnlyList<UnitRef> Breadcrumb,
    UnitLevel? Level,
    AgencyKind? Kind,
    DateOnly AsOf,
    IReadOnlyList<DirectiveChoice> Directives,
    IReadOnlyList<ReportingPeriod> Periods,
    ReportingPeriod? CurrentPeriod,
    bool StillReporting,
    IReadOnlyDictionary<int, long> FactVersions,
    long? CatalogueVersion);

/// <summary>
/// Reporting counts over a set of agencies: expected = active agencies with at least one assignment of the directive;
/// submitted = those whose report for the period has been submitted at least once (version ≥ 1, whatever its state
/// since); on time / late = by the latest submission against the period's due date.
/// </summary>
public sealed record ReportingCounts(int Expected, int Submitted, int OnTime, int Accepted, int Returned, int AwaitingReview)
{
    public static readonly ReportingCounts Zero = new(0, 0, 0, 0, 0, 0);

    public int Late => Submitted - OnTime;

    public int Missing => Expected - Submitted;

    /// <summary>
    /// Submitted / expected; submitted reports are counted among expected agencies only, so never above 1. Null when no
    /// agency is expected: 0 out of 0 is missing, not 0 %.
    /// </summary>
    public double? Rate => Ratio(Submitted, Expected);

    /// <summary>On time / submitted; null when nothing has been submitted (missing, not 0 %).</summary>
    public double? OnTimeRate => Ratio(OnTime, Submitted);

    public ReportingCounts Add(ReportingCounts other) =>
        new(Expected + other.Expected, Submitted + other.Submitted, OnTime + other.OnTime, Accepted + other.Accepted, Returned + other.Returned, AwaitingReview + other.AwaitingReview);

    public static ReportingCounts Sum(IEnumerable<ReportingCounts> counts) => counts.Aggregate(Zero, (total, c) => total.Add(c));

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}

/// <summary>A row of the breakdown below the viewed unit: a child unit (district, ward), or the unit's own agencies when <see cref="UnitId"/> is null.</summary>
public sealed record ReportingRow(int? UnitId, string Name, ReportingCounts Counts);

/// <summary>A column of a breakdown by unit: a child unit, or the viewed unit's own agencies when <see cref="UnitId"/> is null.</summary>
public sealed record UnitColumn(int? UnitId, string Name);

public sealed record ReportingFigures(ReportingCounts Total, IReadOnlyList<(UnitLevel Level, ReportingCounts Counts)> ByLevel, IReadOnlyList<ReportingRow> ByUnit);

/// <summary>Lines of submitted reports by <see cref="TaskStatusRule"/> status on the view's as-of day.</summary>
public sealed record TaskStatusCounts(IReadOnlyDictionary<TaskStatus, int> ByStatus)
{
    public int Total => ByStatus.Values.Sum();

    public int this[TaskStatus status] => ByStatus.GetValueOrDefault(status);
}

public sealed record MatrixTask(int Id, string Number, string Title);

/// <summary>
/// A matrix cell. For an agency: its line's status, the report and line to open, and whether the results repeat the
/// previous period's. For a unit: the worst status among its agencies' lines and how many lines are done.
/// <see cref="Status"/> is null when no submitted report has a line for the task yet.
/// </summary>
public sealed record MatrixCell(TaskStatus? Status, int Assigned, int Reported, int Done, int? ReportId = null, int? LineId = null, bool Unchanged = false);

/// <summary>A matrix row: a child unit (<see cref="UnitId"/>) or an agency (<see cref="AgencyId"/>); cells follow the tasks, null where nothing is assigned.</summary>
public sealed record MatrixRow(int? UnitId, int? AgencyId, string Name, IReadOnlyList<MatrixCell?> Cells);

public sealed record Matrix(IReadOnlyList<MatrixTask> Tasks, IReadOnlyList<MatrixRow> Rows);

/// <summary>
/// An indicator's figure from <see cref="Count"/> reported values: their sum, or their average for a percentage. With no
/// value reported the figure is missing (<see cref="Value"/> is null), which is not the same as a reported 0.
/// </summary>
public sealed record IndicatorFigure(double Sum, int Count, bool IsPercent)
{
    public double? Value => Count == 0 ? null : IsPercent ? Sum / Count : Sum;
}

public sealed record IndicatorRow(int Id, string TaskNumber, string Name, string Unit, IndicatorFigure Total, IReadOnlyList<IndicatorFigure> ByUnit, IReadOnlyList<IndicatorFigure> Trend);

/// <summary>Indicators of the directive: totals, breakdown by the units of <see cref="Units"/>, trend over <see cref="DashboardView.TrendPeriods"/>.</summary>
public sealed record IndicatorFigures(IReadOnlyList<UnitColumn> Units, IReadOnlyList<IndicatorRow> Rows);

public sealed record Capped<T>(IReadOnlyList<T> Items, int Total);

public sealed record MissingAgency(int Id, string Name, string UnitName, string? HeadName);

public sealed record OverdueLine(int ReportId, int LineId, string AgencyName, string TaskNumber, string TaskTitle, DateOnly DueOn, int Percent);

public sealed record WaitingReport(int ReportId, string AgencyName, DateTime SubmittedAtUtc, bool IsLate);

public sealed record DashboardLists(Capped<MissingAgency> Missing, Capped<OverdueLine> Overdue, Capped<WaitingReport> Waiting);
