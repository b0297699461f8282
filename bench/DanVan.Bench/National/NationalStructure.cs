using DanVan.Bench.HanoiScale;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;

namespace DanVan.Bench.National;

/// <summary>
/// The national tree as it is since 1 July 2025, taken as valid over the whole data set: the nation, its 34 provinces,
/// 3,321 communes directly under them. Each commune has the seven bodies of <see cref="Bodies.OfCommune"/>, every other
/// one also its office (≈ 7.5 a commune); each province its party committee, People's Committee, Front, five
/// organizations, mass-mobilization commission and Party Affairs Committee (Hà Nội the demo hierarchy's city bodies and
/// seven more); the nation the Central Mass Mobilization Commission and the Front's Central Committee. The demo
/// hierarchy's districts and wards (which the portal's seeder looks for by code) exist under Hà Nội until
/// <c>dissolvedOn</c>, the first reported quarter's first day, so they report in no quarter.
/// </summary>
internal sealed class NationalStructure : IGeneratedTree
{
    /// <summary>The agency of the national reviewer account.</summary>
    public const string NationAgencyCode = "VN-BDVTW";

    private readonly Dictionary<string, AdministrativeUnit> _units = new(StringComparer.Ordinal);
    private readonly AgencyBook _book;

    private NationalStructure(AgencyBook book) => _book = book;

    public IReadOnlyCollection<Agency> Agencies => _book.Agencies;

    public IReadOnlyList<Assignment> Assignments => _book.Assignments;

    /// <summary>The People's Committee of Hà Nội's first commune, Phường Hoàn Kiếm.</summary>
    public string LowerAgencyCode => $"{HierarchySeed.CityCode}-C001-UBND";

    public static NationalStructure Build(DanVanDbContext db, DateOnly start, DateOnly dissolvedOn)
    {
        var structure = new NationalStructure(new AgencyBook(AgencyBook.Directive(db)));
        structure.BuildTree(start, dissolvedOn);
        db.Units.AddRange(structure._units.Values);
        db.Agencies.AddRange(structure.Agencies);
        db.Assignments.AddRange(structure.Assignments);
        return structure;
    }

    private void BuildTree(DateOnly start, DateOnly dissolvedOn)
    {
        var nation = _units[NationalGeography.NationCode] = AdministrativeUnit.CreateRoot(UnitLevel.Nation, NationalGeography.NationCode, "Việt Nam", start);
        _book.AddAll(nation, [new("BDVTW", "Ban Dân vận Trung ương", AgencyKind.MassMobilizationCommission), new("MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", AgencyKind.FatherlandFront)], start, since2025: false);
        var provinces = NationalGeography.All();
        foreach (var province in provinces)
        {
            _units[province.Code] = AdministrativeUnit.CreateBelow(nation, UnitLevel.City, province.Code, province.Name, start);
        }

        AddDemoHierarchy(start, dissolvedOn);
        foreach (var province in provinces)
        {
            var unit = _units[province.Code];
            _book.AddAll(unit, OfProvince(province), start, since2025: false);
            for (var i = 0; i < province.Communes.Count; i++)
            {
                var name = province.Communes[i];
                var commune = _units[$"{province.Code}-C{i + 1:000}"] = AdministrativeUnit.CreateBelow(unit, UnitLevel.Ward, $"{province.Code}-C{i + 1:000}", name, start);
                var place = $"{name[..name.IndexOf(' ', StringComparison.Ordinal)].ToLowerInvariant()}{name[name.IndexOf(' ', StringComparison.Ordinal)..]}";
                var bodies = Bodies.OfCommune($"Đảng ủy {place}", place);
                _book.AddAll(commune, i % 2 == 0 ? bodies.Concat(Bodies.OfficesSince2025(place, urban: name.StartsWith("Phường", StringComparison.Ordinal)).Take(1)) : bodies, start, since2025: false);
            }
        }
    }

    /// <summary>The demo hierarchy under Hà Nội (its city bodies stay; its districts and wards are dissolved and their agencies deactivated on <paramref name="dissolvedOn"/>).</summary>
    private void AddDemoHierarchy(DateOnly start, DateOnly dissolvedOn)
    {
        var demo = HierarchySeed.Units.Where(u => u.ParentCode is not null).ToList();
        foreach (var seed in demo)
        {
            _units[seed.Code] = AdministrativeUnit.CreateBelow(_units[seed.ParentCode!], seed.Level, seed.Code, seed.Name, HierarchySeed.ValidFrom);
        }

        _book.AddSeeded(_units, start);
        _book.AddAll(_units[HierarchySeed.CityCode], Bodies.OfCity(), start, since2025: false);
        var dissolved = demo.Select(u => _units[u.Code]).ToHashSet();
        foreach (var agency in Agencies.Where(a => dissolved.Contains(a.Unit!)))
        {
            agency.Deactivate(dissolvedOn);
        }

        foreach (var unit in dissolved)
        {
            unit.Dissolve(dissolvedOn);
        }
    }

    private static IEnumerable<BodyPlan> OfProvince(ProvincePlan province) =>
    [
        new("TU", province.PartyCommittee, AgencyKind.PartyCommittee),
        new("UBND", $"Ủy ban nhân dân {province.Place}", AgencyKind.PeoplesCommittee),
        new("MTTQ", $"Ủy ban Mặt trận Tổ quốc Việt Nam {province.Place}", AgencyKind.FatherlandFront),
        new("DTN", $"Đoàn Thanh niên Cộng sản Hồ Chí Minh {province.Place}", AgencyKind.SocioPoliticalOrganization),
        new("HLHPN", $"Hội Liên hiệp Phụ nữ {province.Place}", AgencyKind.SocioPoliticalOrganization),
        new("HCCB", $"Hội Cựu chiến binh {province.Place}", AgencyKind.SocioPoliticalOrganization),
        new("HND", $"Hội Nông dân {province.Place}", AgencyKind.SocioPoliticalOrganization),
        new("LDLD", $"Liên đoàn Lao động {province.Place}", AgencyKind.SocioPoliticalOrganization),
        new("BDV", $"Ban Dân vận {province.PartyCommittee}", AgencyKind.MassMobilizationCommission),
        new("BCSD", $"Ban Cán sự đảng Ủy ban nhân dân {province.Place}", AgencyKind.PartyAffairsCommittee),
    ];
}
