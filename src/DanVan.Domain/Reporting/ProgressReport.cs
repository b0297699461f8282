using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting;

/// <summary>
/// One agency's report for one period. Workflow: Draft → Submitted → (Returned → Submitted)* → Accepted;
/// an administrator may reopen an accepted report with a reason. Submitted and accepted reports are read-only.
/// </summary>
public sealed class ProgressReport
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

    /// <summary>Adds an evidence file whose type was detected from its content; sizes are checked against the limits.</summary>
    public Attachment AddAttachment(ReportLine? line, string fileName, EvidenceType type, long sizeBytes, AttachmentLimits limits, Actor actor, DateTime nowUtc)
    {
        EnsureEditable();
        if (line is not null && !_lines.Contains(line))
        {
            throw new DomainException("report.foreignLine");
        }

        if (sizeBytes <= 0)
        {
            throw new DomainException("attachment.empty");
        }

        if (sizeBytes > limits.MaxFileBytes)
        {
            throw new DomainException("attachment.tooLarge");
        }

        if (_attachments.Sum(a => a.SizeBytes) + sizeBytes > limits.MaxReportBytes)
        {
            throw new DomainException("attachment.reportTooLarge");
        }

        var attachment = new Attachment(line, fileName, type, sizeBytes, actor, nowUtc);
        _attachments.Add(attachment);
        Touch();
        return attachment;
    }

    /// <summary>
    /// Whether a file uploaded at <paramref name="uploadedAtUtc"/> was there when the report was last submitted, so that a
    /// reviewer saw it: a returned or reopened report keeps such files; only those attached since (the draft's own) may be deleted.
    /// </summary>
    public bool KeepsEvidenceUploadedAt(DateTime uploadedAtUtc) => SubmittedAtUtc is { } submitted && uploadedAtUtc <= submitted;

    public void RemoveAttachment(Attachment attachment)
    {
        EnsureEditable();
        if (!_attachments.Contains(attachment))
        {
            throw new DomainException("attachment.foreign");
        }

        if (KeepsEvidenceUploadedAt(attachment.UploadedAtUtc))
        {
            throw new DomainException("attachment.submitted");
        }

        _attachments.Remove(attachment);
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

    /// <summary>Whether the report is submitted and its latest submission carried <paramref name="submissionToken"/>: the same form posted again.</summary>
    public bool WasSubmittedWith(Guid? submissionToken) =>
        submissionToken is not null && Status == ReportStatus.Submitted && LastSubmissionToken == submissionToken;

    /// <summary>
    /// Submits the report and keeps a version of it. Posting the same <paramref name="submissionToken"/> again (a double
    /// click, a resent form) changes nothing and returns false.
    /// </summary>
    public bool Submit(Actor actor, DateTime nowUtc, Guid? submissionToken = null)
    {
        if (WasSubmittedWith(submissionToken))
        {
            return false;
        }

        if (!IsEditable)
        {
            throw new DomainException("report.notEditable");
        }

        if (!AcceptsSubmissionAt(nowUtc))
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
        IsLate = Period!.IsLate(nowUtc);
        LastSubmissionToken = submissionToken;
        _versions.Add(new ReportVersion(Version, actor, nowUtc, ReportSnapshot.Of(this)));
        Move(ReportStatus.Submitted, actor, nowUtc, null);
        return true;
    }

    /// <summary>Returns the report to its agency; a comment is required, overall or on at least one line.</summary>
    public void Return(Actor actor, string? comment, DateTime nowUtc, IReadOnlyDictionary<ReportLine, string>? lineComments = null)
    {
        RequireStatus(ReportStatus.Submitted);
        var perLine = (lineComments ?? new Dictionary<ReportLine, string>()).Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToList();
        if (perLine.Exists(c => !_lines.Contains(c.Key)))
        {
            throw new DomainException("report.foreignLine");
        }

        var overall = perLine.Count == 0
            ? Guard.Text(comment, ReportTransition.CommentLength, "report.returnNeedsComment")
            : Guard.OptionalText(comment, ReportTransition.CommentLength, "report.comment");
        foreach (var line in _lines)
        {
            line.SetReviewComment(perLine.Find(c => c.Key == line).Value);
        }

        Move(ReportStatus.Returned, actor, nowUtc, overall);
    }

    public void Accept(Actor actor, DateTime nowUtc, string? comment = null)
    {
        RequireStatus(ReportStatus.Submitted);
        Move(ReportStatus.Accepted, actor, nowUtc, Guard.OptionalText(comment, ReportTransition.CommentLength, "report.comment"));
    }

    /// <summary>Whether a submission at <paramref name="nowUtc"/> is taken: until the period closes, then within a window an administrator opened.</summary>
    public bool AcceptsSubmissionAt(DateTime nowUtc) => !ClosedPeriod(nowUtc) || SubmissionWindowEndsUtc > nowUtc;

    /// <summary>
    /// Whether an administrator may reopen the report: an accepted report at any time, and a draft or returned report
    /// whose period has closed (and that has no open window yet), so that its agency can still submit it.
    /// </summary>
    public bool CanBeReopened(DateTime nowUtc) =>
        Status == ReportStatus.Accepted || (IsEditable && ClosedPeriod(nowUtc) && !AcceptsSubmissionAt(nowUtc));

    /// <summary>
    /// An administrator reopens the report with a required reason: an accepted report goes back to its agency as returned;
    /// once the period has closed, the agency also gets <see cref="ReopenWindow"/> to submit it.
    /// </summary>
    public void Reopen(Actor actor, string reason, DateTime nowUtc)
    {
        if (!CanBeReopened(nowUtc))
        {
            throw new DomainException("report.illegalTransition");
        }

        var why = Guard.Text(reason, ReportTransition.CommentLength, "report.reopenNeedsReason");
        if (ClosedPeriod(nowUtc))
        {
            SubmissionWindowEndsUtc = nowUtc + ReopenWindow;
        }

        if (Status == ReportStatus.Accepted)
        {
            Move(ReportStatus.Returned, actor, nowUtc, why);
        }
        else
        {
            Touch();
        }
    }

    private bool ClosedPeriod(DateTime nowUtc) =>
        (Period ?? throw new InvalidOperationException("The report's period is not loaded.")).IsClosed(nowUtc);

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
