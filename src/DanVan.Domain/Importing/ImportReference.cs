using DanVan.Domain.Organization;

namespace DanVan.Domain.Importing;

/// <summary>
/// What the portal already holds that a file is checked against, every code and e-mail address folded with
/// <see cref="ImportText.Fold"/>: accounts by e-mail, agencies that accounts may join (active, in a current unit), every
/// agency code ever used, current units with their level, every unit code ever used, and the role names.
/// </summary>
public sealed record ImportReference(
    IReadOnlySet<string> Emails,
    IReadOnlySet<string> ActiveAgencies,
    IReadOnlySet<string> AgencyCodes,
    IReadOnlyDictionary<string, UnitLevel> CurrentUnits,
    IReadOnlySet<string> UnitCodes,
    IReadOnlyList<string> Roles);
