namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// A counter per period, raised in the same transaction as every rewrite of the period's facts: a figure computed from
/// the facts after reading version N is at least as new as N, so each portal instance may keep it until the version it
/// reads is no longer N. One row per period; a period without a row has version 0.
/// </summary>
public sealed class ReportingFactVersion
{
    private ReportingFactVersion()
    {
    }

    public ReportingFactVersion(int periodId)
    {
        PeriodId = periodId;
        Version = 1;
    }

    public int PeriodId { get; private set; }

    public long Version { get; private set; }
}
