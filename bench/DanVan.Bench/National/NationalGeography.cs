using DanVan.Bench.HanoiScale;
using DanVan.Data.Seeding;

namespace DanVan.Bench.National;

/// <summary>A province-level unit to create: code, full name, the place as agencies' names say it, and its communes' names.</summary>
internal sealed record ProvincePlan(string Code, string ShortName, bool City, IReadOnlyList<string> Communes)
{
    /// <summary>"Thành phố Hà Nội", "Tỉnh Nghệ An".</summary>
    public string Name => $"{(City ? "Thành phố" : "Tỉnh")} {ShortName}";

    /// <summary>"thành phố Hà Nội", "tỉnh Nghệ An", as the agencies' names say it.</summary>
    public string Place => $"{(City ? "thành phố" : "tỉnh")} {ShortName}";

    /// <summary>"Thành ủy Hà Nội", "Tỉnh ủy Nghệ An".</summary>
    public string PartyCommittee => $"{(City ? "Thành" : "Tỉnh")} ủy {ShortName}";
}

/// <summary>
/// Vietnam after the reform of 1 July 2025: 34 province-level units (6 centrally run cities, 28 provinces) with roughly
/// their real numbers of communes (3,321 in all), every commune directly under its province. Hà Nội keeps the demo
/// hierarchy's code (HN), which the portal's seeder matches on; the others are coded VN-…; communes are coded
/// &lt;province&gt;-C001…, with generated names (unique in their province; Hà Nội's first is Phường Hoàn Kiếm), phường in
/// the cities' first half, xã elsewhere.
/// </summary>
internal static class NationalGeography
{
    public const string NationCode = "VN";

    private static readonly (string Code, string Name, bool City, int Communes)[] Provinces =
    [
        (HierarchySeed.CityCode, "Hà Nội", true, 126), ("VN-HCM", "Hồ Chí Minh", true, 168), ("VN-HP", "Hải Phòng", true, 114),
        ("VN-DN", "Đà Nẵng", true, 94), ("VN-CT", "Cần Thơ", true, 103), ("VN-HUE", "Huế", true, 40),
        ("VN-LCH", "Lai Châu", false, 38), ("VN-DB", "Điện Biên", false, 45), ("VN-SL", "Sơn La", false, 75),
        ("VN-LS", "Lạng Sơn", false, 65), ("VN-QN", "Quảng Ninh", false, 54), ("VN-TH", "Thanh Hóa", false, 166),
        ("VN-NA", "Nghệ An", false, 130), ("VN-HT", "Hà Tĩnh", false, 69), ("VN-CB", "Cao Bằng", false, 56),
        ("VN-TQ", "Tuyên Quang", false, 124), ("VN-LCA", "Lào Cai", false, 99), ("VN-TN", "Thái Nguyên", false, 92),
        ("VN-PT", "Phú Thọ", false, 148), ("VN-BN", "Bắc Ninh", false, 99), ("VN-HY", "Hưng Yên", false, 104),
        ("VN-NB", "Ninh Bình", false, 129), ("VN-QT", "Quảng Trị", false, 78), ("VN-QNG", "Quảng Ngãi", false, 96),
        ("VN-GL", "Gia Lai", false, 135), ("VN-KH", "Khánh Hòa", false, 65), ("VN-LD", "Lâm Đồng", false, 124),
        ("VN-DL", "Đắk Lắk", false, 102), ("VN-DNA", "Đồng Nai", false, 95), ("VN-TNI", "Tây Ninh", false, 96),
        ("VN-VL", "Vĩnh Long", false, 124), ("VN-DT", "Đồng Tháp", false, 102), ("VN-CM", "Cà Mau", false, 64),
        ("VN-AG", "An Giang", false, 102),
    ];

    /// <summary>The 34 provinces with their communes' full names ("Phường …", "Xã …"), the same on every run.</summary>
    public static IReadOnlyList<ProvincePlan> All()
    {
        var names = Geography.First.SelectMany(f => Geography.Second.Select(s => $"{f} {s}")).Where(n => n.Split(' ')[0] != n.Split(' ')[1]).ToList();
        var plans = new List<ProvincePlan>();
        var next = 0;
        foreach (var (code, name, city, count) in Provinces)
        {
            var communes = new List<string>();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var word = city && i < count / 2 ? "Phường" : "Xã";
                var proper = code == HierarchySeed.CityCode && i == 0 ? "Hoàn Kiếm" : names[next];
                next = (next + 37) % names.Count;
                while (taken.Contains(names[next]))
                {
                    next = (next + 1) % names.Count;
                }

                taken.Add(proper);
                communes.Add($"{word} {proper}");
            }

            plans.Add(new ProvincePlan(code, name, city, communes));
        }

        return plans;
    }
}
