using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// An indicator value of a submitted line; an indicator without a row was not given (missing, not zero). It carries its
/// fact's period, directive, agency, unit path, level and kind, so that indicators and their trend are summed from one
/// index range per period.
/// </summary>
public sealed class ReportingFactIndicator : IFactDimensions
{
    private ReportingFactIndicator()
    {
        UnitPath = string.Empty;
    }

    internal ReportingFactIndicator(ReportingFactLine line, int indicatorId, decimal value)
    {
        Line = line;
        PeriodId = line.PeriodId;
        DirectiveId = line.DirectiveId;
        AgencyId = line.AgencyId;
        Kind = line.Kind;
        UnitPath = line.UnitPath;
        Level = line.Level;
        IndicatorId = indicatorId;
        Value = value;
    }

    public long Id { get; private set; }

    public long LineId { get; private set; }

    public ReportingFactLine? Line { get; private set; }

    public int PeriodId { get; private set; }

    public int DirectiveId { get; private set; }

    public int AgencyId { get; private set; }

    public AgencyKind Kind { get; private set; }

    public string UnitPath { get; private set; }

    public UnitLevel Level { get; private set; }

    public int IndicatorId { get; private set; }

    public decimal Value { get; private set; }
}
