namespace DanVan.Domain.Reporting;

public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}
