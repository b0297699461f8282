using DanVan.Domain.Reporting;

namespace DanVan.Web.Reporting;

/// <summary>Where evidence files are kept (outside wwwroot) and how large they may be; section "Evidence".</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>A folder; relative paths are taken from the content root. Default data/evidence.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "evidence");

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public long MaxReportBytes { get; set; } = 50 * 1024 * 1024;

    public AttachmentLimits Limits => new(MaxFileBytes, MaxReportBytes);
}
