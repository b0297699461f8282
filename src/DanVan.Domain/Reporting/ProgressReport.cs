using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting;

/// <summary>
/// One agency's report for one period. Workflow: Draft → Submitted → (Returned → Submitted)* → Accepted;
/// an administrator may reopen an accepted report with a reason. Submitted and accepted reports are read-only.
/// </summary>
public sealed partial class ProgressReport
{
    public const int AssessmentLength = 8000;

    /// <summary>How long an agency has to submit a report an administrator reopened after its period closed.</summary>
    public static readonly TimeSpan ReopenWindow = TimeSpan.FromDays(15);

    private readonly List<ReportLine> _lines = [];
    private readonly List<ReportTransition> _transitions = [];
    private readonly List<ReportVersion> _versions = [];
    private readonly List<Attachment> _attachments = [];

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

    /// <summary>The token of the latest submission, so that the same submission posted twice is taken once.</summary>
    public Guid? LastSubmissionToken { get; private set; }

    /// <summary>After the period has closed: until when an administrator has let the agency submit this report again.</summary>
    public DateTime? SubmissionWindowEndsUtc { get; private set; }

    public IReadOnlyCollection<ReportLine> Lines => _lines.AsReadOnly();

    public IReadOnlyCollection<ReportVersion> Versions => _versions.AsReadOnly();

    public IReadOnlyCollection<Attachment> Attachments => _attachments.AsReadOnly();

    public IReadOnlyCollection<ReportTransition> Transitions => _transitions.AsReadOnly();

    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>
    /// Opens the report of <paramref name="agency"/> for <paramref name="period"/>, a line per assignment in force at the
    /// period's data cut-off, lead tasks first.
    /// </summary>
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
        foreach (var assignment in assignments.Where(a => a.IsInForceOn(period.DataTo)).OrderBy(a => a.Role).ThenBy(a => a.Task?.SortOrder ?? 0))
        {
            if (assignment.AgencyId != agency.Id || !ReferenceEquals(assignment.Agency ?? agency, agency))
            {
                throw new DomainException("report.foreignAssignment");
            }

            report._lines.Add(new ReportLine(report, assignment));
        }

        return report;
    }

    /// <summary>
    /// Brings an editable report's lines in line with the agency's <paramref name="assignments"/> in force at the period's
    /// cut-off (a task assigned after the report was opened gets a line, an ended assignment's line leaves); returns
    /// whether anything changed. A file attached to a leaving line stays with the report as a whole (the attachments must be
    /// loaded). Submitted and accepted reports keep their lines, and every submitted version keeps what
    /// it had. The period must be loaded.
    /// </summary>
    public bool SyncLines(IEnumerable<Assignment> assignments)
    {
        if (!IsEditable)
        {
            return false;
        }

        var cutOff = (Period ?? throw new InvalidOperationException("The report's period is not loaded.")).DataTo;
        var inForce = assignments.Where(a => a.IsInForceOn(cutOff) && (a.AgencyId == AgencyId || ReferenceEquals(a.Agency, Agency))).ToList();
        var leaving = _lines.Where(l => !inForce.Exists(a => ReferenceEquals(a, l.Assignment) || (a.Id != 0 && a.Id == l.AssignmentId))).ToList();
        foreach (var attachment in _attachments.Where(a => leaving.Exists(l => ReferenceEquals(a.Line, l) || (l.Id != 0 && a.LineId == l.Id))))
        {
            attachment.MoveToWholeReport();
        }

        var removed = _lines.RemoveAll(leaving.Contains);
        var added = inForce.Where(a => !_lines.Exists(l => ReferenceEquals(a, l.Assignment) || (a.Id != 0 && a.Id == l.AssignmentId))).OrderBy(a => a.Role).ThenBy(a => a.Task?.SortOrder ?? 0).ToList();
        foreach (var assignment in added)
        {
            _lines.Add(new ReportLine(this, assignment));
        }

        if (removed + added.Count == 0)
        {
            return false;
        }

        Touch();
        return true;
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

    public void SetIndicator(ReportLine line, Directives.Indicator indicator, decimal? value)
    {
        EnsureEditable();
        if (!_lines.Contains(line))
        {
            throw new DomainException("report.foreignLine");
        }

        line.SetIndicator(indicator, value);
        Touch();
    }

    /// <summary>
    /// The lines whose results repeat the same assignment's results in <paramref name="previous"/> (the agency's report for
    /// the previous period), judged by <see cref="TextSimilarity.IsUnchanged"/>; empty when there is no previous report.
    /// </summary>
    public IReadOnlySet<int> LinesUnchangedSince(ProgressReport? previous)
    {
        var before = previous?.Lines.ToDictionary(line => line.AssignmentId, line => line.Results) ?? [];
        return _lines.Where(line => before.TryGetValue(line.AssignmentId, out var results) && TextSimilarity.IsUnchanged(line.Results, results))
            .Select(line => line.Id)
            .ToHashSet();
    }

    /// <summary>Everything that blocks submission, all at once.</summary>
    public IReadOnlyList<(ReportLine? Line, string Code)> ProblemsForSubmission() =>
        _lines.SelectMany(l => l.ProblemsForSubmission().Select(code => ((ReportLine?)l, code))).ToList();

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException("report.notEditable");
        }
    }

    private void Touch() => RowVersion = Guid.NewGuid();
}
