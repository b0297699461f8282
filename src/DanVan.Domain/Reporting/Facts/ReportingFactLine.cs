using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// One task of a <see cref="ReportingFact"/>: an assignment in force at the period's cut-off, or a line the submitted
/// version held; with what that version said (null progress when it said nothing).
/// </summary>
public sealed class ReportingFactLine
{
    private readonly List<ReportingFactIndicator> _indicators = [];

    private ReportingFactLine()
    {
    }

    internal ReportingFactLine(ReportingFact fact, int assignmentId, int taskId, AssignmentRole role, DateOnly? dueOn, bool isAssigned)
    {
        Fact = fact;
        AssignmentId = assignmentId;
        TaskId = taskId;
        Role = role;
        DueOn = dueOn;
        IsAssigned = isAssigned;
    }

    public long Id { get; private set; }

    public long FactId { get; private set; }

    public ReportingFact? Fact { get; private set; }

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

    /// <summary>The submitted version's texts, kept apart so that counting lines reads no text.</summary>
    public ReportingFactText? Text { get; private set; }

    public IReadOnlyCollection<ReportingFactIndicator> Indicators => _indicators.AsReadOnly();

    public bool IsReported => Progress is not null;

    public TaskStatus? StatusOn(DateOnly day) =>
        Progress is { } progress ? TaskStatusRule.Derive(progress, DueOn, CompletedOn, day) : null;

    /// <summary>Copies what the submitted version said about the task.</summary>
    public void RecordSubmitted(LineSnapshot line, IReadOnlyDictionary<int, decimal> indicators)
    {
        Progress = line.Progress;
        Percent = line.Percent;
        CompletedOn = line.CompletedOn;
        Text = new ReportingFactText(this, line.Results, line.Difficulties, line.Proposals);
        _indicators.AddRange(indicators.Select(i => new ReportingFactIndicator(this, i.Key, i.Value)));
    }
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

/// <summary>An indicator value of a submitted line; an indicator without a row was not given (missing, not zero).</summary>
public sealed class ReportingFactIndicator
{
    private ReportingFactIndicator()
    {
    }

    internal ReportingFactIndicator(ReportingFactLine line, int indicatorId, decimal value)
    {
        Line = line;
        IndicatorId = indicatorId;
        Value = value;
    }

    public long Id { get; private set; }

    public long LineId { get; private set; }

    public ReportingFactLine? Line { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal Value { get; private set; }
}
