namespace DanVan.Domain.Reporting;

/// <summary>An evidence file of a report (or of one of its lines), stored outside the web root under a generated name.</summary>
public sealed class Attachment
{
    public const int StoredNameLength = 64;

    private Attachment()
    {
        FileName = string.Empty;
        StoredName = string.Empty;
        UploadedByUserId = string.Empty;
        UploadedByName = string.Empty;
    }

    internal Attachment(ReportLine? line, string fileName, EvidenceType type, long sizeBytes, Actor actor, DateTime atUtc)
        : this()
    {
        Line = line;
        FileName = EvidenceFile.NameFor(fileName, type);
        StoredName = $"{Guid.NewGuid():N}";
        Type = type;
        SizeBytes = sizeBytes;
        UploadedByUserId = actor.UserId;
        UploadedByName = actor.Name;
        UploadedAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int ReportId { get; private set; }

    public int? LineId { get; private set; }

    public ReportLine? Line { get; private set; }

    /// <summary>The original name, cleaned, for display and download.</summary>
    public string FileName { get; private set; }

    /// <summary>The generated name under which the content is stored.</summary>
    public string StoredName { get; private set; }

    public EvidenceType Type { get; private set; }

    public long SizeBytes { get; private set; }

    public string UploadedByUserId { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>Keeps the file with the report as a whole when its line leaves the report (its assignment ended).</summary>
    internal void MoveToWholeReport()
    {
        Line = null;
        LineId = null;
    }
}

/// <summary>Size limits for evidence (configurable): 10 MB a file and 50 MB a report by default.</summary>
public sealed record AttachmentLimits(long MaxFileBytes = 10 * 1024 * 1024, long MaxReportBytes = 50 * 1024 * 1024);
