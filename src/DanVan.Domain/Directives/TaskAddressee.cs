namespace DanVan.Domain.Directives;

/// <summary>Whom the directive addresses a task to; assignments follow from it.</summary>
public enum TaskAddressee
{
    PartyCommittees,
    StateAgencies,
    FrontAndSocioPoliticalOrganizations,
    PartyAffairsCommittee,
}
