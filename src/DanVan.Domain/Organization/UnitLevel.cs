namespace DanVan.Domain.Organization;

public enum UnitLevel
{
    City = 1,
    District = 2,
    Ward = 3,
}
