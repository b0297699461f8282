using DanVan.Data.Identity;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo accounts for every role at city, district and ward level, created only with demo seeding (Development or
/// <c>Seed:Demo=true</c>). The user name is also the e-mail address; every account has <see cref="Password"/>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "DanVan@2026";

    public const string Admin = "admin@danvan.local";
    public const string CityReviewer = "thanhpho.reviewer@danvan.local";
    public const string CityHead = "thanhpho.head@danvan.local";
    public const string CityStaff = "thanhpho.staff@danvan.local";
    public const string CityViewer = "thanhpho.viewer@danvan.local";
    public const string HoanKiemReviewer = "hoankiem.reviewer@danvan.local";
    public const string HoanKiemHead = "hoankiem.head@danvan.local";
    public const string HoanKiemStaff = "hoankiem.staff@danvan.local";
    public const string HoanKiemViewer = "hoankiem.viewer@danvan.local";
    public const string BaDinhReviewer = "badinh.reviewer@danvan.local";
    public const string HangBacHead = "hangbac.head@danvan.local";
    public const string HangBacStaff = "hangbac.staff@danvan.local";
    public const string HangBacViewer = "hangbac.viewer@danvan.local";
    public const string PhucXaHead = "phucxa.head@danvan.local";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new(Admin, "Nguyễn Thị Hồng Nhung", Roles.Administrator, "HN-SNV"),
        new(CityReviewer, "Trần Văn Thắng", Roles.CityReviewer, "HN-BCSD"),
        new(CityHead, "Lê Minh Tuấn", Roles.AgencyHead, "HN-STP"),
        new(CityStaff, "Phạm Thu Hà", Roles.AgencyStaff, "HN-STP"),
        new(CityViewer, "Hoàng Thanh Vân", Roles.Viewer, "HN-BDV"),
        new(HoanKiemReviewer, "Vũ Đức Hùng", Roles.DistrictReviewer, "HN-HK-UBND"),
        new(HoanKiemHead, "Đặng Quang Long", Roles.AgencyHead, "HN-HK-UBND"),
        new(HoanKiemStaff, "Bùi Ngọc Lan", Roles.AgencyStaff, "HN-HK-UBND"),
        new(HoanKiemViewer, "Đỗ Văn Sơn", Roles.Viewer, "HN-HK-QU"),
        new(BaDinhReviewer, "Ngô Thị Mai", Roles.DistrictReviewer, "HN-BD-UBND"),
        new(HangBacHead, "Dương Văn Nam", Roles.AgencyHead, "HN-HK-HB-UBND"),
        new(HangBacStaff, "Lý Thị Thảo", Roles.AgencyStaff, "HN-HK-HB-UBND"),
        new(HangBacViewer, "Nguyễn Minh Phương", Roles.Viewer, "HN-HK-HB-MTTQ"),
        new(PhucXaHead, "Trần Quang Dũng", Roles.AgencyHead, "HN-BD-PX-UBND"),
    ];

    public const string HoanKiemWardHead = "phuonghoankiem.head@danvan.local";
    public const string HoanKiemWardStaff = "phuonghoankiem.staff@danvan.local";
    public const string HoanKiemWardViewer = "phuonghoankiem.viewer@danvan.local";
    public const string BaDinhWardHead = "phuongbadinh.head@danvan.local";

    /// <summary>
    /// The accounts of the wards formed on 1 July 2025, created when the demo has Hanoi's restructuring; the accounts of
    /// <see cref="All"/> stay, those of dissolved districts and wards reading the periods of their time.
    /// </summary>
    public static readonly IReadOnlyList<DemoAccount> Today =
    [
        new(HoanKiemWardHead, "Phan Thị Minh Châu", Roles.AgencyHead, "HN-P-HK-UBND"),
        new(HoanKiemWardStaff, "Trịnh Văn Khánh", Roles.AgencyStaff, "HN-P-HK-UBND"),
        new(HoanKiemWardViewer, "Đinh Thị Yến", Roles.Viewer, "HN-P-HK-MTTQ"),
        new(BaDinhWardHead, "Ngô Quang Việt", Roles.AgencyHead, "HN-P-BD-UBND"),
    ];

    /// <summary>A demo account; <see cref="UserName"/> is also its e-mail address.</summary>
    public sealed record DemoAccount(string UserName, string FullName, string Role, string AgencyCode)
    {
        public string Email => UserName;
    }
}
