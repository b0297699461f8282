using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

/// <summary>A report being written may delete its own attachments, never one it was submitted with.</summary>
public class SubmittedEvidenceTests
{
    private static readonly AttachmentLimits Limits = new(MaxFileBytes: 1000, MaxReportBytes: 2500);

    [Fact]
    public void A_draft_deletes_its_own_attachment()
    {
        var report = Build.Report();
        var attachment = report.AddAttachment(null, "biên bản.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Build.Now.UtcDateTime);

        report.RemoveAttachment(attachment);

        Assert.Empty(report.Attachments);
    }

    [Fact]
    public void A_returned_report_keeps_what_it_was_submitted_with_and_deletes_what_was_attached_since()
    {
        var report = Build.Report();
        var submitted = report.AddAttachment(null, "đã gửi.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Build.Now.UtcDateTime.AddMinutes(-1));
        report.Returned();
        var added = report.AddAttachment(null, "bổ sung.pdf", EvidenceType.Pdf, 10, Limits, Build.Staff, Build.Now.UtcDateTime.AddHours(2));

        var error = Assert.Throws<DomainException>(() => report.RemoveAttachment(submitted));
        report.RemoveAttachment(added);

        Assert.Equal("attachment.submitted", error.Code);
        Assert.Equal([submitted], report.Attachments);
    }
}
