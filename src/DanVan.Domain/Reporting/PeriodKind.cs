namespace DanVan.Domain.Reporting;

public enum PeriodKind
{
    Quarter,
    SixMonths,
    Annual,
}
