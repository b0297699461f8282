namespace DanVan.Domain.Reporting;

/// <summary>A report's workflow: submission, return, acceptance and reopening, each recorded as a transition.</summary>
public sealed partial class ProgressReport
{
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

    private void Move(ReportStatus to, Actor actor, DateTime nowUtc, string? comment)
    {
        _transitions.Add(new ReportTransition(Status, to, actor, nowUtc, comment, Version));
        Status = to;
        Touch();
    }
}
