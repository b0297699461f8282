using DanVan.Data.Seeding;
using DanVan.Domain.Organization;

namespace DanVan.Bench.HanoiScale;

/// <summary>How a district-level unit is called, and what its communes are called.</summary>
internal enum DistrictKind
{
    /// <summary>Quận: its communes are phường.</summary>
    Urban,

    /// <summary>Thị xã: phường first, then xã.</summary>
    Town,

    /// <summary>Huyện: one thị trấn, then xã.</summary>
    Rural,
}

/// <summary>A commune-level unit to create: code, kind word ("Phường", "Xã", "Thị trấn") and proper name.</summary>
internal sealed record WardPlan(string Code, string Kind, string Name)
{
    public string FullName => $"{Kind} {Name}";

    public string Place => $"{Kind.ToLowerInvariant()} {Name}";
}

/// <summary>A district-level unit to create, with its communes.</summary>
internal sealed record DistrictPlan(string Code, string Name, DistrictKind Kind, IReadOnlyList<WardPlan> Wards)
{
    public string KindWord => Kind switch { DistrictKind.Urban => "Quận", DistrictKind.Town => "Thị xã", _ => "Huyện" };

    public string FullName => $"{KindWord} {Name}";

    public string Place => $"{KindWord.ToLowerInvariant()} {Name}";

    /// <summary>"Quận ủy", "Thị ủy", "Huyện ủy".</summary>
    public string PartyCommittee => $"{KindWord} ủy {Name}";
}

/// <summary>
/// Hanoi before 1 July 2025: the city, its 30 district-level units (12 quận, 1 thị xã, 17 huyện) with roughly their real
/// numbers of communes (579 in all). The demo hierarchy's districts and wards keep their codes and names (the portal's
/// seeder matches on codes, so it finds them and adds nothing); the other communes get generated names, unique in the city.
/// </summary>
internal static class Geography
{
    public const int CommunesBefore2025 = 579;
    public const int CommunesAfter2025 = 126;

    private static readonly (string Code, string Name, DistrictKind Kind, int Wards)[] Districts =
    [
        ("HN-BD", "Ba Đình", DistrictKind.Urban, 14), ("HN-HK", "Hoàn Kiếm", DistrictKind.Urban, 18), ("HN-TH", "Tây Hồ", DistrictKind.Urban, 8),
        ("HN-LB", "Long Biên", DistrictKind.Urban, 14), ("HN-CG", "Cầu Giấy", DistrictKind.Urban, 8), ("HN-DD", "Đống Đa", DistrictKind.Urban, 21),
        ("HN-HBT", "Hai Bà Trưng", DistrictKind.Urban, 18), ("HN-HM", "Hoàng Mai", DistrictKind.Urban, 14), ("HN-TX", "Thanh Xuân", DistrictKind.Urban, 11),
        ("HN-NTL", "Nam Từ Liêm", DistrictKind.Urban, 10), ("HN-BTL", "Bắc Từ Liêm", DistrictKind.Urban, 13), ("HN-HD", "Hà Đông", DistrictKind.Urban, 17),
        ("HN-ST", "Sơn Tây", DistrictKind.Town, 15), ("HN-BV", "Ba Vì", DistrictKind.Rural, 31), ("HN-PT", "Phúc Thọ", DistrictKind.Rural, 21),
        ("HN-DP", "Đan Phượng", DistrictKind.Rural, 16), ("HN-HDU", "Hoài Đức", DistrictKind.Rural, 20), ("HN-QO", "Quốc Oai", DistrictKind.Rural, 21),
        ("HN-TTH", "Thạch Thất", DistrictKind.Rural, 23), ("HN-CM", "Chương Mỹ", DistrictKind.Rural, 32), ("HN-TO", "Thanh Oai", DistrictKind.Rural, 21),
        ("HN-TTI", "Thường Tín", DistrictKind.Rural, 29), ("HN-PX", "Phú Xuyên", DistrictKind.Rural, 27), ("HN-UH", "Ứng Hòa", DistrictKind.Rural, 29),
        ("HN-MD", "Mỹ Đức", DistrictKind.Rural, 22), ("HN-ML", "Mê Linh", DistrictKind.Rural, 18), ("HN-SS", "Sóc Sơn", DistrictKind.Rural, 26),
        ("HN-DA", "Đông Anh", DistrictKind.Rural, 24), ("HN-GL", "Gia Lâm", DistrictKind.Rural, 22), ("HN-TTR", "Thanh Trì", DistrictKind.Rural, 16),
    ];

    /// <summary>The syllables generated commune names are made of (first, second), also the national set's.</summary>
    internal static readonly string[] First =
    [
        "Phú", "Tân", "Đông", "Tây", "Nam", "Bắc", "Thanh", "Hòa", "An", "Minh", "Vĩnh", "Phúc", "Hồng", "Kim", "Ngọc", "Quang", "Thượng",
        "Hạ", "Liên", "Đại", "Cổ", "Thạch", "Trung", "Văn", "Xuân", "Yên", "Hương", "Long", "Mỹ", "Hợp", "Tiên", "Đồng",
    ];

    internal static readonly string[] Second =
    [
        "Lâm", "Hòa", "Xá", "Thịnh", "Lợi", "Phong", "Sơn", "Đức", "Tiến", "Thuận", "Mỹ", "Lộc", "Bình", "Khê", "Châu", "Thành", "Hưng",
        "Trạch", "Phương", "Hà", "Vân", "Tảo", "Nội", "Cường", "Dương", "Lạc", "Viên", "Quý", "Nghĩa", "Cát", "Vọng", "Trì",
    ];

    /// <summary>The 30 districts with their communes, the same on every run.</summary>
    public static IReadOnlyList<DistrictPlan> Before2025()
    {
        var seeded = HierarchySeed.Units.Where(u => u.Level == UnitLevel.Ward).ToLookup(u => u.ParentCode!);
        var taken = new HashSet<string>(Districts.Select(d => d.Name).Concat(seeded.SelectMany(g => g).Select(u => NameOf(u.Name))), StringComparer.Ordinal);
        var names = First.SelectMany(f => Second.Select(s => $"{f} {s}")).Where(n => !taken.Contains(n) && n.Split(' ')[0] != n.Split(' ')[1]).ToList();
        var next = 0;
        var plans = new List<DistrictPlan>();
        foreach (var (code, name, kind, count) in Districts)
        {
            var wards = seeded[code].Select(u => new WardPlan(u.Code, "Phường", NameOf(u.Name))).ToList();
            for (var i = wards.Count; i < count; i++)
            {
                var word = kind switch
                {
                    DistrictKind.Urban => "Phường",
                    DistrictKind.Town => i < 9 ? "Phường" : "Xã",
                    _ => i == 0 ? "Thị trấn" : "Xã",
                };
                wards.Add(new WardPlan($"{code}-{(word == "Phường" ? 'P' : 'X')}{i + 1:00}", word, names[next]));
                next = (next + 37) % names.Count;
                while (taken.Contains(names[next]))
                {
                    next = (next + 1) % names.Count;
                }

                taken.Add(wards[^1].Name);
            }

            plans.Add(new DistrictPlan(code, name, kind, wards));
        }

        return plans;
    }

    /// <summary>
    /// How many of the 126 post-2025 communes each district's communes merge into: in proportion to its communes (largest
    /// remainders), at least one.
    /// </summary>
    public static IReadOnlyList<int> NewCommunesPerDistrict(IReadOnlyList<DistrictPlan> districts)
    {
        var shares = districts.Select(d => (double)d.Wards.Count * CommunesAfter2025 / CommunesBefore2025).ToList();
        var counts = shares.Select(s => Math.Max(1, (int)s)).ToList();
        foreach (var index in shares.Select((s, i) => (Remainder: s - Math.Floor(s), i)).OrderByDescending(x => x.Remainder).Select(x => x.i))
        {
            if (counts.Sum() >= CommunesAfter2025)
            {
                break;
            }

            counts[index]++;
        }

        return counts;
    }

    private static string NameOf(string fullName) => fullName[(fullName.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
