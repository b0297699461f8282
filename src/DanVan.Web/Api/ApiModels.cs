using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Api;

public sealed record DirectiveSummary(int Id, string Code, string Title, string IssuingBody, DateOnly IssuedOn);

public sealed record DirectiveDetails(int Id, string Code, string Title, string IssuingBody, DateOnly IssuedOn, IReadOnlyList<TaskItem> Tasks);

/// <summary>A task of a directive; <see cref="DueOn"/> is null for an ongoing task.</summary>
public sealed record TaskItem(int Id, string Number, string Title, TaskAddressee Addressee, DateOnly? DueOn, IReadOnlyList<IndicatorItem> Indicators);

public sealed record IndicatorItem(int Id, string Name, string Unit, bool HigherIsBetter);

/// <summary>A reporting period: its data range, when it opens, is due and closes (Hanoi dates).</summary>
public sealed record PeriodItem(int Id, PeriodKind Kind, int Year, int Number, DateOnly DataFrom, DateOnly DataTo, DateOnly OpensOn, DateOnly DueOn, DateOnly ClosesOn)
{
    public static PeriodItem Of(ReportingPeriod p) => new(p.Id, p.Kind, p.Year, p.Number, p.DataFrom, p.DataTo, p.OpensOn, p.DueOn, p.ClosesOn);
}

/// <summary>A unit as it was on the day asked for: its parent, name, level and path of codes in that day's tree.</summary>
public sealed record UnitItem(int Id, string Code, string Name, UnitLevel Level, int? ParentId, string Path);

/// <summary>An agency as it was on the day asked for: its unit, name, kind and whether it was active.</summary>
public sealed record AgencyItem(int Id, string Code, string Name, AgencyKind Kind, int UnitId, bool IsActive);

/// <summary>The dashboard's figures for one directive, period and unit (the same numbers as the dashboard and its exports).</summary>
public sealed record FiguresItem(
    DirectiveRefItem Directive,
    PeriodItem Period,
    UnitRefItem Unit,
    DateOnly AsOf,
    CountsItem Reporting,
    IReadOnlyList<LevelCountsItem> ByLevel,
    IReadOnlyList<UnitCountsItem> ByUnit,
    IReadOnlyDictionary<TaskStatus, int> TaskStatuses,
    int TaskLines,
    IReadOnlyList<IndicatorTotalItem> Indicators);

public sealed record DirectiveRefItem(int Id, string Code, string Title, string IssuingBody);

public sealed record UnitRefItem(int Id, string Name, UnitLevel Level);

/// <summary>Reporting counts; rates are fractions (0.625), null when there is nothing to count (missing, not 0).</summary>
public sealed record CountsItem(int Expected, int Submitted, int OnTime, int Late, int Missing, int Accepted, int Returned, int AwaitingReview, double? Rate, double? OnTimeRate);

public sealed record LevelCountsItem(UnitLevel Level, CountsItem Counts);

/// <summary>A child unit of the viewed unit, or (<see cref="UnitId"/> null) the viewed unit's own agencies.</summary>
public sealed record UnitCountsItem(int? UnitId, string Name, CountsItem Counts);

/// <summary>An indicator's total over submitted reports: the sum, or the average for a percentage; <see cref="Value"/> is null when none gave it.</summary>
public sealed record IndicatorTotalItem(int Id, string TaskNumber, string Name, string Unit, double? Value, int Reports);

/// <summary>One acceptance of a report: the version accepted, as submitted; <see cref="Cursor"/> resumes the feed after it.</summary>
public sealed record AcceptedReportItem(
    string Cursor,
    DateTime AcceptedAtUtc,
    int ReportId,
    int PeriodId,
    int AgencyId,
    string AgencyCode,
    string AgencyName,
    int UnitId,
    ReportStatus StatusNow,
    int Version,
    DateTime SubmittedAtUtc,
    string? OverallAssessment,
    IReadOnlyList<AcceptedLineItem> Lines);

public sealed record AcceptedLineItem(
    int AssignmentId,
    int? TaskId,
    string TaskNumber,
    TaskProgress Progress,
    int Percent,
    DateOnly? CompletedOn,
    DateOnly? DueOn,
    string? Results,
    string? Difficulties,
    string? Proposals,
    IReadOnlyList<IndicatorValueItem> Indicators);

/// <summary>A reported indicator value; <see cref="IndicatorId"/> is null in versions kept before values carried it.</summary>
public sealed record IndicatorValueItem(int? IndicatorId, string Name, decimal Value);

/// <summary>
/// A page of the accepted-reports feed. <see cref="Next"/> is always given: pass it back to read what was accepted since,
/// even after the last page (<see cref="HasMore"/> false).
/// </summary>
public sealed record AcceptedFeed(IReadOnlyList<AcceptedReportItem> Items, string Next, bool HasMore);
