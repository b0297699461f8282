namespace DanVan.Data.Identity;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string CityReviewer = nameof(CityReviewer);
    public const string DistrictReviewer = nameof(DistrictReviewer);
    public const string AgencyHead = nameof(AgencyHead);
    public const string AgencyStaff = nameof(AgencyStaff);
    public const string Viewer = nameof(Viewer);

    public static readonly IReadOnlyList<string> All = [Administrator, CityReviewer, DistrictReviewer, AgencyHead, AgencyStaff, Viewer];
}
