using DanVan.Domain.Directives;
using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting;

/// <summary>What an agency reports, in one period, on one of its assignments.</summary>
public sealed class ReportLine
{
    public const int TextLength = 8000;

    private readonly List<IndicatorValue> _indicatorValues = [];

    private ReportLine()
    {
    }

    internal ReportLine(ProgressReport report, Assignment assignment)
    {
        Report = report;
        Assignment = assignment;
        AssignmentId = assignment.Id;
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public ProgressReport? Report { get; private set; }

    public int AssignmentId { get; private set; }

    public Assignment? Assignment { get; private set; }

    public TaskProgress Progress { get; private set; }

    public int Percent { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Results { get; private set; }

    public string? Difficulties { get; private set; }

    public string? Proposals { get; private set; }

    /// <summary>
    /// What the line says (results, difficulties, proposals) folded by <see cref="DanVan.Domain.SearchText"/>, kept with every
    /// change, for the portal's search. Null only on a line written before the column existed, until start-up folds it.
    /// </summary>
    public string? SearchText { get; private set; } = string.Empty;

    /// <summary>The reviewer's comment on this line when the report was last returned.</summary>
    public string? ReviewComment { get; private set; }

    public IReadOnlyCollection<IndicatorValue> IndicatorValues => _indicatorValues.AsReadOnly();

    public TaskStatus StatusOn(DateOnly today) => TaskStatusRule.Derive(Progress, Assignment?.DueOn, CompletedOn, today);

    /// <summary>
    /// Whether the line says the task is done but gives no completion date yet: it cannot be submitted so, and pages show
    /// that instead of a status that would have to guess whether it was done in time.
    /// </summary>
    public bool NeedsCompletionDate => Progress == TaskProgress.Done && CompletedOn is null;

    /// <summary>The percent a line keeps when none is typed: a done task is 100 %, any other 0 %.</summary>
    public static int PercentWhenBlank(TaskProgress progress) => progress == TaskProgress.Done ? 100 : 0;

    internal void Update(TaskProgress progress, int percent, DateOnly? completedOn, string? results, string? difficulties, string? proposals)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainException("line.percent");
        }

        if (progress == TaskProgress.Done && percent != 100)
        {
            // A done task is 100 % complete: a different figure is refused rather than silently replaced.
            throw new DomainException("line.doneMeansFull");
        }

        Progress = progress;
        Percent = percent;
        CompletedOn = progress == TaskProgress.Done ? completedOn : null;
        Results = Guard.OptionalText(results, TextLength, "line.results");
        Difficulties = Guard.OptionalText(difficulties, TextLength, "line.difficulties");
        Proposals = Guard.OptionalText(proposals, TextLength, "line.proposals");
        SearchText = Domain.SearchText.FoldText(Results, Difficulties, Proposals);
    }

    internal void SetIndicator(Indicator indicator, decimal? value)
    {
        if (Assignment is null || indicator.TaskId != Assignment.TaskId)
        {
            throw new DomainException("indicator.foreign");
        }

        var existing = _indicatorValues.Find(v => v.IndicatorId == indicator.Id);
        if (value is null)
        {
            if (existing is not null)
            {
                _indicatorValues.Remove(existing);
            }

            return;
        }

        IndicatorValue.Validate(indicator, value.Value);
        if (existing is null)
        {
            _indicatorValues.Add(new IndicatorValue(indicator, value.Value));
        }
        else
        {
            existing.Value = value.Value;
        }
    }

    internal void SetReviewComment(string? comment) => ReviewComment = Guard.OptionalText(comment, ReportTransition.CommentLength, "report.comment");

    /// <summary>Problems that block submission, as codes the UI translates.</summary>
    internal IEnumerable<string> ProblemsForSubmission()
    {
        if (Progress == TaskProgress.Done && Results is null)
        {
            yield return "line.doneNeedsResults";
        }

        if (Progress == TaskProgress.Done && CompletedOn is null)
        {
            yield return "line.doneNeedsDate";
        }
    }
}
