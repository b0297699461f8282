namespace DanVan.Web.Dashboard;

/// <summary>A passage quoted from a report line, with the agency that wrote it.</summary>
public sealed record Quote(string AgencyName, string Text);

/// <summary>What the reports say about one task of the directive; <see cref="Assigned"/> counts the expected agencies it is assigned to.</summary>
public sealed record TaskNarrative(
    int TaskId,
    string Number,
    string Title,
    int Assigned,
    TaskStatusCounts Statuses,
    Capped<Quote> Highlights);

/// <summary>A difficulty or proposal as one agency wrote it on one task's line, cut to <see cref="DashboardQueries.RaisedLength"/> characters.</summary>
public sealed record RaisedText(int AgencyId, string AgencyName, int TaskId, string Text);

public sealed record LateAgency(int Id, string Name, string UnitName, string? HeadName, DateTime SubmittedAtUtc);

/// <summary>
/// The words behind the figures, for the consolidated report: per task its status counts and the results quoted from
/// accepted reports; the difficulties and the proposals of the submitted and accepted reports, near-identical ones
/// grouped, the most raised first; and the agencies that reported late.
/// </summary>
public sealed record Narrative(IReadOnlyList<TaskNarrative> Tasks, Capped<LateAgency> Late, RaisedSummary Difficulties, RaisedSummary Proposals);

/// <summary>Which text of a report line is gathered for grouping: those of submitted or accepted reports.</summary>
public enum RaisedKind
{
    /// <summary>Difficulties of lines in submitted or accepted reports.</summary>
    Difficulty,

    /// <summary>Proposals of lines in submitted or accepted reports.</summary>
    Proposal,
}
