using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// One task of a <see cref="ReportingFact"/>: an assignment in force at the period's cut-off, or a line the submitted
/// version held; with what that version said (null progress when it said nothing). It carries its fact's period,
/// directive, agency, unit path, level, kind and review state, so that the dashboard counts lines from one index range
/// without joining the facts.
/// </summary>
public sealed class ReportingFactLine : IFactDimensions
{
    private readonly List<ReportingFactIndicator> _indicators = [];

    private ReportingFactLine()
    {
        UnitPath = string.Empty;
        AgencyName = string.Empty;
    }

    internal ReportingFactLine(ReportingFact fact, int assignmentId, int taskId, AssignmentRole role, DateOnly? dueOn, bool isAssigned)
    {
        Fact = fact;
        PeriodId = fact.PeriodId;
        DirectiveId = fact.DirectiveId;
        AgencyId = fact.AgencyId;
        AgencyName = fact.AgencyName;
        Kind = fact.Kind;
        UnitPath = fact.UnitPath;
        Level = fact.Level;
        Status = fact.Status;
        AssignmentId = assignmentId;
        TaskId = taskId;
        Role = role;
        DueOn = dueOn;
        IsAssigned = isAssigned;
    }

    public long Id { get; private set; }

    public long FactId { get; private set; }

    public ReportingFact? Fact { get; private set; }

    public int PeriodId { get; private set; }

    public int DirectiveId { get; private set; }

    public int AgencyId { get; private set; }

    public string AgencyName { get; private set; }

    public AgencyKind Kind { get; private set; }

    public string UnitPath { get; private set; }

    public UnitLevel Level { get; private set; }

    /// <summary>The fact's report state (which texts the consolidated report quotes depends on it).</summary>
    public ReportStatus? Status { get; private set; }

    public int AssignmentId { get; private set; }

    public int TaskId { get; private set; }

    public AssignmentRole Role { get; private set; }

    public DateOnly? DueOn { get; private set; }

    /// <summary>Whether the assignment is in force at the period's cut-off (counted as assigned).</summary>
    public bool IsAssigned { get; private set; }

    /// <summary>The submitted version's progress; null when the agency has not submitted a line for the task.</summary>
    public TaskProgress? Progress { get; private set; }

    public int? Percent { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary><see cref="TaskStatusRule.CompletedInTime"/> of the line: what the status rule needs of the completion date.</summary>
    public bool? CompletedInTime { get; private set; }

    /// <summary>The submitted version's texts, kept apart so that counting lines reads no text.</summary>
    public ReportingFactText? Text { get; private set; }

    /// <summary>The lengths of the submitted texts (0 when empty): the consolidated report quotes the longest without reading the others.</summary>
    public int ResultsLength { get; private set; }

    public int DifficultiesLength { get; private set; }

    public int ProposalsLength { get; private set; }

    public IReadOnlyCollection<ReportingFactIndicator> Indicators => _indicators.AsReadOnly();

    public bool IsReported => Progress is not null;

    public TaskStatus? StatusOn(DateOnly day) =>
        Progress is { } progress ? TaskStatusRule.DeriveFromCompletion(progress, DueOn, CompletedInTime, day) : null;

    /// <summary>Copies what the submitted version said about the task.</summary>
    public void RecordSubmitted(LineSnapshot line, IReadOnlyDictionary<int, decimal> indicators)
    {
        Progress = line.Progress;
        Percent = line.Percent;
        CompletedOn = line.CompletedOn;
        CompletedInTime = TaskStatusRule.CompletedInTime(DueOn, line.CompletedOn);
        Text = new ReportingFactText(this, line.Results, line.Difficulties, line.Proposals);
        ResultsLength = line.Results?.Length ?? 0;
        DifficultiesLength = line.Difficulties?.Length ?? 0;
        ProposalsLength = line.Proposals?.Length ?? 0;
        _indicators.AddRange(indicators.Select(i => new ReportingFactIndicator(this, i.Key, i.Value)));
    }

    internal void RecordStatus(ReportStatus status) => Status = status;
}

/// <summary>The results, difficulties and proposals of a submitted line, quoted by the consolidated report.</summary>
public sealed class ReportingFactText
{
    private ReportingFactText()
    {
    }

    internal ReportingFactText(ReportingFactLine line, string? results, string? difficulties, string? proposals)
    {
        Line = line;
        Results = results;
        Difficulties = difficulties;
        Proposals = proposals;
    }

    public long LineId { get; private set; }

    public ReportingFactLine? Line { get; private set; }

    public string? Results { get; private set; }

    public string? Difficulties { get; private set; }

    public string? Proposals { get; private set; }
}
