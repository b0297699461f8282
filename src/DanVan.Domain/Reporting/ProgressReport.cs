using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting;

/// <summary>
/// One agency's report for one period. Workflow: Draft → Submitted → (Returned → Submitted)* → Accepted;
/// an administrator may reopen an accepted report with a reason. Submitted and accepted reports are read-only.
/// </summary>
public sealed class ProgressReport
{
    public const int AssessmentLength = 8000;

    private readonly List<ReportLine> _lines = [];
    private readonly List<ReportTransition> _transitions = [];

    private ProgressReport()
    {
    }

    public int Id { get; private set; }

    public int AgencyId { get; private set; }

    public Agency? Agency { get; private set; }

    public int PeriodId { get; private set; }

    public ReportingPeriod? Period { get; private set; }

    public ReportStatus Status { get; private set; }

    public string? OverallAssessment { get; private set; }

    /// <summary>How many times the report has been submitted.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? FirstSubmittedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>Whether the latest submission came after the period's due date.</summary>
    public bool IsLate { get; private set; }

    /// <summary>Optimistic concurrency token, renewed by every change.</summary>
    public Guid RowVersion { get; private set; }

    public IReadOnlyCollection<ReportLine> Lines => _lines.AsReadOnly();

    public IReadOnlyCollection<ReportTransition> Transitions => _transitions.AsReadOnly();

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Opens the report of <paramref name="agency"/> for <paramref name="period"/>, a line per assignment, lead tasks first.</summary>
    public static ProgressReport Start(Agency agency, ReportingPeriod period, IEnumerable<Assignment> assignments, DateTime nowUtc)
    {
        var report = new ProgressReport
        {
            Agency = agency,
            AgencyId = agency.Id,
            Period = period,
            PeriodId = period.Id,
            Status = ReportStatus.Draft,
            CreatedAtUtc = nowUtc,
            RowVersion = Guid.NewGuid(),
        };
        foreach (var assignment in assignments.OrderBy(a => a.Role).ThenBy(a => a.Task?.SortOrder ?? 0))
        {
            if (assignment.AgencyId != agency.Id || !ReferenceEquals(assignment.Agency ?? agency, agency))
            {
                throw new DomainException("report.foreignAssignment");
            }

            report._lines.Add(new ReportLine(report, assignment));
        }

        return report;
    }

    public void UpdateAssessment(string? assessment)
    {
        EnsureEditable();
        OverallAssessment = Guard.OptionalText(assessment, AssessmentLength, "report.assessment");
        Touch();
    }

    public void UpdateLine(ReportLine line, TaskProgress progress, int percent, DateOnly? completedOn, string? results, string? difficulties, string? proposals)
    {
        EnsureEditable();
        if (!_lines.Contains(line))
        {
            throw new DomainException("report.foreignLine");
        }

        line.Update(progress, percent, completedOn, results, difficulties, proposals);
        Touch();
    }

    /// <summary>Everything that blocks submission, all at once.</summary>
    public IReadOnlyList<(ReportLine? Line, string Code)> ProblemsForSubmission() =>
        _lines.SelectMany(l => l.ProblemsForSubmission().Select(code => ((ReportLine?)l, code))).ToList();

    public void Submit(Actor actor, DateTime nowUtc)
    {
        if (!IsEditable)
        {
            throw new DomainException("report.notEditable");
        }

        var period = Period ?? throw new InvalidOperationException("The report's period is not loaded.");
        if (period.IsClosed(nowUtc))
        {
            throw new DomainException("report.periodClosed");
        }

        if (ProblemsForSubmission().Count > 0)
        {
            throw new DomainException("report.invalid");
        }

        Version++;
        FirstSubmittedAtUtc ??= nowUtc;
        SubmittedAtUtc = nowUtc;
        IsLate = period.IsLate(nowUtc);
        Move(ReportStatus.Submitted, actor, nowUtc, null);
    }

    public void Return(Actor actor, string comment, DateTime nowUtc)
    {
        RequireStatus(ReportStatus.Submitted);
        Move(ReportStatus.Returned, actor, nowUtc, Guard.Text(comment, ReportTransition.CommentLength, "report.returnNeedsComment"));
    }

    public void Accept(Actor actor, DateTime nowUtc, string? comment = null)
    {
        RequireStatus(ReportStatus.Submitted);
        Move(ReportStatus.Accepted, actor, nowUtc, Guard.OptionalText(comment, ReportTransition.CommentLength, "report.comment"));
    }

    /// <summary>An administrator reopens an accepted report for its agency to edit; the reason is required and kept.</summary>
    public void Reopen(Actor actor, string reason, DateTime nowUtc)
    {
        RequireStatus(ReportStatus.Accepted);
        Move(ReportStatus.Returned, actor, nowUtc, Guard.Text(reason, ReportTransition.CommentLength, "report.reopenNeedsReason"));
    }

    private void RequireStatus(ReportStatus expected)
    {
        if (Status != expected)
        {
            throw new DomainException("report.illegalTransition");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("report.notEditable");
        }
    }

    private void Move(ReportStatus to, Actor actor, DateTime nowUtc, string? comment)
    {
        _transitions.Add(new ReportTransition(Status, to, actor, nowUtc, comment, Version));
        Status = to;
        Touch();
    }

    private void Touch() => RowVersion = Guid.NewGuid();
}
