using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// Directive 07-CT/TU as the seeder writes it, and Hanoi's tree with its agencies and assignments, built through the
/// domain (<see cref="AdministrativeUnit.CreateBelow"/>, <see cref="Agency.Create"/>, <see cref="Assignment.Create"/>) and,
/// for the data sets after 2025, restructured on 1 July 2025 by <see cref="AdministrativeUnit.Merge"/>,
/// <see cref="AdministrativeUnit.MoveUnder"/> and <see cref="AdministrativeUnit.Dissolve"/>.
/// </summary>
internal sealed class HanoiStructure : IGeneratedTree
{
    /// <summary>Districts whose first commune kept its identity in 2025 and moved directly under the city.</summary>
    private static readonly HashSet<string> KeptCommunes = ["HN-BV", "HN-MD", "HN-SS"];

    private readonly Dictionary<string, AdministrativeUnit> _units = new(StringComparer.Ordinal);
    private readonly AgencyBook _book;
    private readonly DateOnly _start;

    private HanoiStructure(AgencyBook book, DateOnly start)
    {
        _book = book;
        _start = start;
    }

    public IReadOnlyCollection<Agency> Agencies => _book.Agencies;

    public IReadOnlyList<Assignment> Assignments => _book.Assignments;

    /// <summary>The agency of the lower-level reviewer the runner signs in as: Hoàn Kiếm's People's Committee, or after 2025 that of the commune Hàng Bạc merged into.</summary>
    public string LowerAgencyCode { get; private set; } = "HN-HK-UBND";

    public static HanoiStructure Build(DanVanDbContext db, bool restructured, DateOnly start)
    {
        var structure = new HanoiStructure(new AgencyBook(AgencyBook.Directive(db)), start);
        var districts = Geography.Before2025();
        structure.BuildBefore2025(districts);
        if (restructured)
        {
            structure.Restructure(districts, HanoiDataSet.Restructuring);
        }

        db.Units.AddRange(structure._units.Values);
        db.Agencies.AddRange(structure.Agencies);
        db.Assignments.AddRange(structure.Assignments);
        return structure;
    }

    private void BuildBefore2025(IReadOnlyList<DistrictPlan> districts)
    {
        var city = AdministrativeUnit.CreateCity(HierarchySeed.CityCode, "Thành phố Hà Nội", _start);
        _units[city.Code] = city;
        foreach (var district in districts)
        {
            var unit = _units[district.Code] = AdministrativeUnit.CreateBelow(city, UnitLevel.District, district.Code, district.FullName, _start);
            foreach (var ward in district.Wards)
            {
                _units[ward.Code] = AdministrativeUnit.CreateBelow(unit, UnitLevel.Ward, ward.Code, ward.FullName, _start);
            }
        }

        _book.AddSeeded(_units, _start);
        AddAll(city, Bodies.OfCity(), _start, since2025: false);
        foreach (var district in districts)
        {
            AddAll(_units[district.Code], Bodies.OfDistrict(district), _start, since2025: false);
            foreach (var ward in district.Wards)
            {
                AddAll(_units[ward.Code], Bodies.OfCommune($"Đảng ủy {ward.Place}", ward.Place), _start, since2025: false);
            }
        }
    }

    /// <summary>
    /// 1 July 2025: each district's communes merge into its share of the 126 new communes directly under the city (three
    /// communes keep their identity and move under the city), the old communes' and districts' agencies stop reporting,
    /// the new communes get their bodies and offices, and the districts are dissolved.
    /// </summary>
    private void Restructure(IReadOnlyList<DistrictPlan> districts, DateOnly on)
    {
        var city = _units[HierarchySeed.CityCode];
        var shares = Geography.NewCommunesPerDistrict(districts);
        var number = 0;
        foreach (var (district, share) in districts.Zip(shares))
        {
            var named = false;
            foreach (var group in Groups(district.Wards, share, KeptCommunes.Contains(district.Code)))
            {
                var urban = district.Kind != DistrictKind.Rural;
                if (group.Count == 1 && KeptCommunes.Contains(district.Code))
                {
                    var kept = _units[group[0].Code];
                    kept.MoveUnder(city, on, []);
                    AddAll(kept, Bodies.OfficesSince2025(group[0].Place, urban), on, since2025: true);
                    continue;
                }

                var word = urban ? "Phường" : "Xã";
                var name = named ? group[0].Name : district.Name;
                named = true;
                var place = $"{word.ToLowerInvariant()} {name}";
                var predecessors = group.Select(w => _units[w.Code]).ToList();
                var merged = _units[$"HN-C{++number:000}"] = AdministrativeUnit.Merge(predecessors, city, UnitLevel.Ward, $"HN-C{number:000}", $"{word} {name}", on);
                foreach (var agency in _book.Agencies.Where(a => predecessors.Contains(a.Unit!)))
                {
                    agency.Deactivate(on);
                }

                AddAll(merged, Bodies.OfCommune($"Đảng ủy {place}", place).Concat(Bodies.OfficesSince2025(place, urban)), on, since2025: true);
                if (group.Exists(w => w.Code == "HN-HK-HB"))
                {
                    LowerAgencyCode = $"{merged.Code}-UBND";
                }
            }

            var dissolved = _units[district.Code];
            dissolved.Dissolve(on);
            foreach (var agency in _book.Agencies.Where(a => a.Unit == dissolved))
            {
                agency.Deactivate(on);
            }
        }
    }

    /// <summary>Splits communes into <paramref name="count"/> groups of near-equal size, in order; optionally the first on its own.</summary>
    private static IEnumerable<List<WardPlan>> Groups(IReadOnlyList<WardPlan> wards, int count, bool firstAlone)
    {
        var rest = wards.ToList();
        if (firstAlone && count > 1)
        {
            yield return [rest[0]];
            rest.RemoveAt(0);
            count--;
        }

        var taken = 0;
        for (var i = 0; i < count; i++)
        {
            var size = (rest.Count / count) + (i < rest.Count % count ? 1 : 0);
            yield return rest.GetRange(taken, size);
            taken += size;
        }
    }

    private void AddAll(AdministrativeUnit unit, IEnumerable<BodyPlan> bodies, DateOnly validFrom, bool since2025) =>
        _book.AddAll(unit, bodies, validFrom, since2025);
}
