using DanVan.Domain.Organization;

namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// What a figure is filtered by: period, directive, agency, the unit path of the period's time, level and kind. A fact
/// has them; its lines and indicator values carry copies, written with the fact, so that each is read without a join.
/// </summary>
public interface IFactDimensions
{
    int PeriodId { get; }

    int DirectiveId { get; }

    int AgencyId { get; }

    AgencyKind Kind { get; }

    string UnitPath { get; }

    UnitLevel Level { get; }
}
