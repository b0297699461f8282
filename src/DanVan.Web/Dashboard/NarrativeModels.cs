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
    Capped<Quote> Highlights,
    Capped<Quote> Difficulties,
    Capped<Quote> Proposals);

public sealed record LateAgency(int Id, string Name, string UnitName, string? HeadName, DateTime SubmittedAtUtc);

/// <summary>
/// The words behind the figures, for the consolidated report: per task its status counts and passages quoted from the
/// reports (highlights from accepted reports only; difficulties and proposals from submitted and accepted ones), and the
/// agencies that reported late.
/// </summary>
public sealed record Narrative(IReadOnlyList<TaskNarrative> Tasks, Capped<LateAgency> Late);

/// <summary>Which text of a report line is quoted, and from which reports.</summary>
internal enum QuoteKind
{
    /// <summary>Results of lines in accepted reports.</summary>
    Highlight,

    /// <summary>Difficulties of lines in submitted or accepted reports.</summary>
    Difficulty,

    /// <summary>Proposals of lines in submitted or accepted reports.</summary>
    Proposal,
}
