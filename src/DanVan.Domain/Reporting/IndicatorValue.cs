using DanVan.Domain.Directives;

namespace DanVan.Domain.Reporting;

/// <summary>The figure an agency reports for one of a task's indicators in one period.</summary>
public sealed class IndicatorValue
{
    public const string PercentUnit = "%";

    private IndicatorValue()
    {
    }

    internal IndicatorValue(Indicator indicator, decimal value)
    {
        Indicator = indicator;
        IndicatorId = indicator.Id;
        Value = value;
    }

    public int Id { get; private set; }

    public int LineId { get; private set; }

    public int IndicatorId { get; private set; }

    public Indicator? Indicator { get; private set; }

    public decimal Value { get; internal set; }

    /// <summary>Figures are counts or rates: never negative, and a percentage is at most 100.</summary>
    public static void Validate(Indicator indicator, decimal value)
    {
        if (value < 0)
        {
            throw new DomainException("indicator.negative");
        }

        if (indicator.Unit == PercentUnit && value > 100)
        {
            throw new DomainException("indicator.percentRange");
        }
    }
}
