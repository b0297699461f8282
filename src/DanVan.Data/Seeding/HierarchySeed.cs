using DanVan.Domain.Organization;

namespace DanVan.Data.Seeding;

/// <summary>
/// The demo hierarchy: Hà Nội, three districts and three wards each, as they were before the 2025 restructuring, and at
/// each unit its party committee, People's Committee, Fatherland Front committee and two socio-political organizations;
/// at city level also six departments, the Party Affairs Committee and the mass-mobilization commission. Heads' names
/// are fictional. Names are data that administrators may change later; seeding matches on codes only.
/// </summary>
public static class HierarchySeed
{
    public const string CityCode = "HN";

    public static readonly DateOnly ValidFrom = new(2008, 8, 1);

    private static readonly (string Code, string Name, (string Code, string Name)[] Wards)[] Districts =
    [
        ("HN-HK", "Hoàn Kiếm", [("HN-HK-HB", "Hàng Bạc"), ("HN-HK-HT", "Hàng Trống"), ("HN-HK-TT", "Tràng Tiền")]),
        ("HN-BD", "Ba Đình", [("HN-BD-PX", "Phúc Xá"), ("HN-BD-TB", "Trúc Bạch"), ("HN-BD-DB", "Điện Biên")]),
        ("HN-CG", "Cầu Giấy", [("HN-CG-DV", "Dịch Vọng"), ("HN-CG-ND", "Nghĩa Đô"), ("HN-CG-QH", "Quan Hoa")]),
    ];

    private static readonly (string Suffix, string Name, AgencyKind Kind)[] CityOnly =
    [
        ("SNV", "Sở Nội vụ thành phố Hà Nội", AgencyKind.Department),
        ("STP", "Sở Tư pháp thành phố Hà Nội", AgencyKind.Department),
        ("STC", "Sở Tài chính thành phố Hà Nội", AgencyKind.Department),
        ("SXD", "Sở Xây dựng thành phố Hà Nội", AgencyKind.Department),
        ("SYT", "Sở Y tế thành phố Hà Nội", AgencyKind.Department),
        ("SGDDT", "Sở Giáo dục và Đào tạo thành phố Hà Nội", AgencyKind.Department),
        ("BCSD", "Ban Cán sự đảng Ủy ban nhân dân thành phố Hà Nội", AgencyKind.PartyAffairsCommittee),
        ("BDV", "Ban Dân vận Thành ủy Hà Nội", AgencyKind.MassMobilizationCommission),
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Phan", "Trịnh"];
    private static readonly string[] MaleMiddleNames = ["Văn", "Minh", "Đức", "Quang", "Xuân", "Hữu", "Mạnh"];
    private static readonly string[] MaleGivenNames = ["An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Nam", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt"];
    private static readonly string[] FemaleMiddleNames = ["Thị", "Thu", "Thanh", "Ngọc", "Thúy", "Minh"];
    private static readonly string[] FemaleGivenNames = ["Anh", "Chi", "Dung", "Hà", "Hằng", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Vân", "Yến"];

    /// <summary>The city first, then each district followed by its wards: parents always come before their children.</summary>
    public static readonly IReadOnlyList<UnitSeed> Units = BuildUnits();

    /// <summary>Every seeded agency, unit by unit in the order of <see cref="Units"/>.</summary>
    public static readonly IReadOnlyList<AgencySeed> Agencies = BuildAgencies();

    /// <summary>
    /// A fictional head's name, fixed by the agency's code so that seeding is repeatable; agencies that have a demo
    /// head account get that account's name.
    /// </summary>
    public static string HeadNameFor(string agencyCode)
    {
        var demoHead = DemoAccounts.All.Concat(DemoAccounts.Today).FirstOrDefault(a => a.AgencyCode == agencyCode && a.Role == Identity.Roles.AgencyHead);
        if (demoHead is not null)
        {
            return demoHead.FullName;
        }

        var hash = 17u;
        foreach (var c in agencyCode)
        {
            hash = unchecked((hash * 31u) + c);
        }

        var family = FamilyNames[(int)(hash % (uint)FamilyNames.Length)];
        var rest = hash / (uint)FamilyNames.Length;
        var female = rest % 2 == 1 || agencyCode.EndsWith("-HLHPN", StringComparison.Ordinal);
        var (middles, givens) = female ? (FemaleMiddleNames, FemaleGivenNames) : (MaleMiddleNames, MaleGivenNames);
        rest /= 2;
        return $"{family} {middles[(int)(rest % (uint)middles.Length)]} {givens[(int)(rest / (uint)middles.Length % (uint)givens.Length)]}";
    }

    private static List<UnitSeed> BuildUnits()
    {
        var units = new List<UnitSeed> { new(CityCode, "Thành phố Hà Nội", UnitLevel.City, null) };
        foreach (var district in Districts)
        {
            units.Add(new UnitSeed(district.Code, $"Quận {district.Name}", UnitLevel.District, CityCode));
            units.AddRange(district.Wards.Select(w => new UnitSeed(w.Code, $"Phường {w.Name}", UnitLevel.Ward, district.Code)));
        }

        return units;
    }

    private static List<AgencySeed> BuildAgencies()
    {
        var agencies = new List<AgencySeed>();
        void Add(string unitCode, string suffix, string name, AgencyKind kind)
        {
            var code = $"{unitCode}-{suffix}";
            agencies.Add(new AgencySeed(code, name, kind, unitCode, HeadNameFor(code)));
        }

        foreach (var unit in BuildUnits())
        {
            var placeName = unit.Name[(unit.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var (partySuffix, partyName, place) = unit.Level switch
            {
                UnitLevel.City => ("TU", "Thành ủy Hà Nội", "thành phố Hà Nội"),
                UnitLevel.District => ("QU", $"Quận ủy {placeName}", $"quận {placeName}"),
                _ => ("DU", $"Đảng ủy phường {placeName}", $"phường {placeName}"),
            };
            Add(unit.Code, partySuffix, partyName, AgencyKind.PartyCommittee);
            Add(unit.Code, "UBND", $"Ủy ban nhân dân {place}", AgencyKind.PeoplesCommittee);
            Add(unit.Code, "MTTQ", $"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", AgencyKind.FatherlandFront);
            Add(unit.Code, "HLHPN", $"Hội Liên hiệp Phụ nữ {place}", AgencyKind.SocioPoliticalOrganization);
            Add(unit.Code, "DTN", $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {place}", AgencyKind.SocioPoliticalOrganization);
            if (unit.Level == UnitLevel.City)
            {
                foreach (var (suffix, name, kind) in CityOnly)
                {
                    Add(unit.Code, suffix, name, kind);
                }
            }
        }

        return agencies;
    }

    /// <summary>The five bodies of a ward (party committee, People's Committee, Fatherland Front, two organizations).</summary>
    public static IEnumerable<AgencySeed> WardBodies(string unitCode, string unitName)
    {
        var placeName = unitName[(unitName.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var place = $"phường {placeName}";
        (string Suffix, string Name, AgencyKind Kind)[] bodies =
        [
            ("DU", $"Đảng ủy phường {placeName}", AgencyKind.PartyCommittee),
            ("UBND", $"Ủy ban nhân dân {place}", AgencyKind.PeoplesCommittee),
            ("MTTQ", $"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", AgencyKind.FatherlandFront),
            ("HLHPN", $"Hội Liên hiệp Phụ nữ {place}", AgencyKind.SocioPoliticalOrganization),
            ("DTN", $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {place}", AgencyKind.SocioPoliticalOrganization),
        ];
        return bodies.Select(b => new AgencySeed($"{unitCode}-{b.Suffix}", b.Name, b.Kind, unitCode, HeadNameFor($"{unitCode}-{b.Suffix}")));
    }

    /// <summary>An administrative unit; <see cref="ParentCode"/> is null for the city.</summary>
    public sealed record UnitSeed(string Code, string Name, UnitLevel Level, string? ParentCode);

    /// <summary>An agency; its code is its unit's code followed by a suffix (-UBND, -MTTQ, …).</summary>
    public sealed record AgencySeed(string Code, string Name, AgencyKind Kind, string UnitCode, string HeadName);
}
