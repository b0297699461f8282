namespace DanVan.Domain.Reporting;

/// <summary>A report's evidence files: added while the report is editable, within the limits; kept once a reviewer has seen them.</summary>
public sealed partial class ProgressReport
{
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
}
