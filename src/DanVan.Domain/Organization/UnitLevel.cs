namespace DanVan.Domain.Organization;

/// <summary>The level of a unit; a parent is always at a lower number than its children, at any depth.</summary>
public enum UnitLevel
{
    /// <summary>The nation, for a national deployment.</summary>
    Nation = 0,

    /// <summary>A province or centrally run city (Hà Nội).</summary>
    City = 1,

    District = 2,

    /// <summary>A commune or ward.</summary>
    Ward = 3,
}
