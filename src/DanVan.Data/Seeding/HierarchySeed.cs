using DanVan.Domain.Organization;

namespace DanVan.Data.Seeding;

/// <summary>
/// The demo hierarchy: Hà Nội, three districts and three wards each, as they were before the 2025 restructuring, and at
/// each unit its party committee, People's Committee, Fatherland Front committee and two socio-political organizations;
/// at city level also departments, the Party Affairs Committee and the mass-mobilization commission. Heads' names are
/// fictional. Names are data: administrators rename and restructure them later; seeding matches on codes only.
/// </summary>
public static class HierarchySeed
{
    public const string CityCode = "HN";
    public static readonly DateOnly CityValidFrom = new(2008, 8, 1);
    public static readonly DateOnly DistrictsValidFrom = new(2008, 8, 1);

    public static readonly IReadOnlyList<DistrictSeed> Districts =
    [
        new("HN-HK", "Hoàn Kiếm", [new("HN-HK-HB", "Hàng Bạc"), new("HN-HK-HT", "Hàng Trống"), new("HN-HK-TT", "Tràng Tiền")]),
        new("HN-BD", "Ba Đình", [new("HN-BD-PX", "Phúc Xá"), new("HN-BD-TB", "Trúc Bạch"), new("HN-BD-DB", "Điện Biên")]),
        new("HN-CG", "Cầu Giấy", [new("HN-CG-DV", "Dịch Vọng"), new("HN-CG-ND", "Nghĩa Đô"), new("HN-CG-QH", "Quan Hoa")]),
    ];

    public static readonly IReadOnlyList<AgencySeed> CityOnlyAgencies =
    [
        new("SNV", "Sở Nội vụ thành phố Hà Nội", AgencyKind.Department),
        new("STP", "Sở Tư pháp thành phố Hà Nội", AgencyKind.Department),
        new("STC", "Sở Tài chính thành phố Hà Nội", AgencyKind.Department),
        new("SXD", "Sở Xây dựng thành phố Hà Nội", AgencyKind.Department),
        new("SYT", "Sở Y tế thành phố Hà Nội", AgencyKind.Department),
        new("SGDDT", "Sở Giáo dục và Đào tạo thành phố Hà Nội", AgencyKind.Department),
        new("BCSD", "Ban Cán sự đảng Ủy ban nhân dân thành phố Hà Nội", AgencyKind.PartyAffairsCommittee),
        new("BDV", "Ban Dân vận Thành ủy Hà Nội", AgencyKind.MassMobilizationCommission),
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Đức", "Thu", "Quang", "Thanh", "Ngọc"];
    private static readonly string[] GivenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến"];

    /// <summary>The agencies every unit has: party committee, People's Committee, Front committee, two socio-political organizations.</summary>
    public static IEnumerable<AgencySeed> StandardAgencies(UnitLevel level, string placeName)
    {
        var (party, place) = level switch
        {
            UnitLevel.City => ("Thành ủy Hà Nội", "thành phố Hà Nội"),
            UnitLevel.District => ($"Quận ủy {placeName}", $"quận {placeName}"),
            _ => ($"Đảng ủy phường {placeName}", $"phường {placeName}"),
        };
        var partySuffix = level switch { UnitLevel.City => "TU", UnitLevel.District => "QU", _ => "DU" };
        yield return new(partySuffix, party, AgencyKind.PartyCommittee);
        yield return new("UBND", $"Ủy ban nhân dân {place}", AgencyKind.PeoplesCommittee);
        yield return new("MTTQ", $"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", AgencyKind.FatherlandFront);
        yield return new("HLHPN", $"Hội Liên hiệp Phụ nữ {place}", AgencyKind.SocioPoliticalOrganization);
        yield return new("DTN", $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {place}", AgencyKind.SocioPoliticalOrganization);
    }

    /// <summary>A fictional head's name, fixed by the agency's code so that seeding is repeatable.</summary>
    public static string HeadNameFor(string agencyCode)
    {
        var hash = 0;
        foreach (var c in agencyCode)
        {
            hash = unchecked((hash * 31) + c);
        }

        hash = Math.Abs(hash % 100_000);
        return $"{FamilyNames[hash % FamilyNames.Length]} {MiddleNames[hash / 7 % MiddleNames.Length]} {GivenNames[hash / 13 % GivenNames.Length]}";
    }

    public sealed record DistrictSeed(string Code, string Name, IReadOnlyList<WardSeed> Wards);

    public sealed record WardSeed(string Code, string Name);

    /// <summary>An agency; its code is the unit's code followed by <see cref="Suffix"/>.</summary>
    public sealed record AgencySeed(string Suffix, string Name, AgencyKind Kind);
}
