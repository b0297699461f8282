using DanVan.Domain.Directives;
using DanVan.Domain.Organization;

namespace DanVan.Bench.HanoiScale;

/// <summary>An agency to create at a unit: its code is the unit's code and the suffix.</summary>
internal sealed record BodyPlan(string Suffix, string Name, AgencyKind Kind);

/// <summary>
/// The reporting bodies of each level and the seeder's addressee rule: about 4,450 agencies before 2025 (seven per
/// commune, thirteen per district, twenty at the city), about 1,290 after (ten per new commune).
/// </summary>
internal static class Bodies
{
    /// <summary>Party committee, People's Committee, Fatherland Front and four socio-political organizations.</summary>
    public static IEnumerable<BodyPlan> OfCommune(string partyCommittee, string place) =>
    [
        new("DU", partyCommittee, AgencyKind.PartyCommittee),
        new("UBND", $"Ủy ban nhân dân {place}", AgencyKind.PeoplesCommittee),
        new("MTTQ", $"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", AgencyKind.FatherlandFront),
        new("DTN", $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {place}", AgencyKind.SocioPoliticalOrganization),
        new("HLHPN", $"Hội Liên hiệp Phụ nữ {place}", AgencyKind.SocioPoliticalOrganization),
        new("HCCB", $"Hội Cựu chiến binh {place}", AgencyKind.SocioPoliticalOrganization),
        new("HND", $"Hội Nông dân {place}", AgencyKind.SocioPoliticalOrganization),
    ];

    /// <summary>The offices a commune has had since the two-level local government of 1 July 2025.</summary>
    public static IEnumerable<BodyPlan> OfficesSince2025(string place, bool urban) =>
    [
        new("VP", $"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {place}", AgencyKind.Department),
        new("PKT", urban ? $"Phòng Kinh tế, Hạ tầng và Đô thị {place}" : $"Phòng Kinh tế {place}", AgencyKind.Department),
        new("PVHXH", $"Phòng Văn hóa - Xã hội {place}", AgencyKind.Department),
    ];

    public static IEnumerable<BodyPlan> OfDistrict(DistrictPlan district)
    {
        var place = district.Place;
        return
        [
            new("QU", district.PartyCommittee, AgencyKind.PartyCommittee),
            new("UBND", $"Ủy ban nhân dân {place}", AgencyKind.PeoplesCommittee),
            new("MTTQ", $"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", AgencyKind.FatherlandFront),
            new("DTN", $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {place}", AgencyKind.SocioPoliticalOrganization),
            new("HLHPN", $"Hội Liên hiệp Phụ nữ {place}", AgencyKind.SocioPoliticalOrganization),
            new("HCCB", $"Hội Cựu chiến binh {place}", AgencyKind.SocioPoliticalOrganization),
            new("HND", $"Hội Nông dân {place}", AgencyKind.SocioPoliticalOrganization),
            new("LDLD", $"Liên đoàn Lao động {place}", AgencyKind.SocioPoliticalOrganization),
            new("BDV", $"Ban Dân vận {district.PartyCommittee}", AgencyKind.MassMobilizationCommission),
            new("PNV", $"Phòng Nội vụ {place}", AgencyKind.Department),
            new("PTP", $"Phòng Tư pháp {place}", AgencyKind.Department),
            new("PVHTT", $"Phòng Văn hóa và Thông tin {place}", AgencyKind.Department),
            new("TTRA", $"Thanh tra {place}", AgencyKind.Department),
        ];
    }

    /// <summary>The city's bodies besides the demo hierarchy's (which the seeder knows).</summary>
    public static IEnumerable<BodyPlan> OfCity() =>
    [
        new("HCCB", "Hội Cựu chiến binh thành phố Hà Nội", AgencyKind.SocioPoliticalOrganization),
        new("HND", "Hội Nông dân thành phố Hà Nội", AgencyKind.SocioPoliticalOrganization),
        new("LDLD", "Liên đoàn Lao động thành phố Hà Nội", AgencyKind.SocioPoliticalOrganization),
        new("SNNMT", "Sở Nông nghiệp và Môi trường thành phố Hà Nội", AgencyKind.Department),
        new("SVHTT", "Sở Văn hóa và Thể thao thành phố Hà Nội", AgencyKind.Department),
        new("SKHCN", "Sở Khoa học và Công nghệ thành phố Hà Nội", AgencyKind.Department),
        new("SCT", "Sở Công Thương thành phố Hà Nội", AgencyKind.Department),
    ];

    /// <summary>The portal seeder's rule (DanVanSeeder.SeedAssignmentsAsync), applied to every agency so that the seeder finds nothing to add.</summary>
    public static AssignmentRole? RoleFor(DirectiveTask task, AgencyKind kind) => (task.Addressee, kind) switch
    {
        (TaskAddressee.PartyCommittees, AgencyKind.PartyCommittee) => AssignmentRole.Lead,
        (TaskAddressee.StateAgencies, AgencyKind.PeoplesCommittee or AgencyKind.Department) => AssignmentRole.Lead,
        (TaskAddressee.FrontAndSocioPoliticalOrganizations, AgencyKind.FatherlandFront) => AssignmentRole.Lead,
        (TaskAddressee.FrontAndSocioPoliticalOrganizations, AgencyKind.SocioPoliticalOrganization) => AssignmentRole.Supporting,
        (TaskAddressee.PartyAffairsCommittee, AgencyKind.PartyAffairsCommittee) => AssignmentRole.Lead,
        (TaskAddressee.PartyAffairsCommittee, AgencyKind.MassMobilizationCommission) when task.Number == "4.2" => AssignmentRole.Supporting,
        _ => null,
    };

    /// <summary>
    /// Two tasks get a due date on their assignments, so that dashboards have lines done on time, done late and overdue:
    /// 1.4 and 2.6, with later dates for the agencies created by the 2025 restructuring.
    /// </summary>
    public static DateOnly? DueOn(DirectiveTask task, bool since2025) => task.Number switch
    {
        "1.4" => since2025 ? new DateOnly(2026, 9, 30) : new DateOnly(2024, 12, 31),
        "2.6" => since2025 ? new DateOnly(2026, 6, 30) : new DateOnly(2023, 6, 30),
        _ => null,
    };
}
