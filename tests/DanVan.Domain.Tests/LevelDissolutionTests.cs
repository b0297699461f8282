using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

/// <summary>Dissolving the district level in one step, as Hanoi did on 1 July 2025.</summary>
public class LevelDissolutionTests
{
    private static readonly DateOnly Start = new(2008, 8, 1);

    private static readonly DateOnly On = new(2025, 7, 1);

    private readonly List<AdministrativeUnit> _units = [];

    private readonly List<Agency> _agencies = [];

    public LevelDissolutionTests()
    {
        var city = Add(AdministrativeUnit.CreateCity("HN", "Hà Nội", Start), 1, null);
        foreach (var d in new[] { 10, 20 })
        {
            var district = Add(AdministrativeUnit.CreateBelow(city, UnitLevel.District, $"D{d}", $"Quận {d}", Start), d, 1);
            foreach (var w in new[] { d + 1, d + 2 })
            {
                Add(AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, $"W{w}", $"Phường {w}", Start), w, d);
            }
        }
    }

    [Fact]
    public void The_preview_lists_the_districts_the_wards_that_move_and_the_agencies_that_stop()
    {
        var plan = LevelDissolution.Plan(_units, _agencies, UnitLevel.District, On);

        Assert.Equal(["D10", "D20"], plan.Dissolved.Select(u => u.Code));
        Assert.Equal(4, plan.Moves.Count);
        Assert.All(plan.Moves, m => Assert.Equal("HN", m.NewParent.Code));
        Assert.Equal(["A10", "A20"], plan.Deactivated.Select(a => a.Code));
        Assert.All(_units, u => Assert.Null(u.ValidTo));
    }

    [Fact]
    public void Applying_it_puts_every_ward_under_the_city_from_the_day_and_keeps_the_old_tree_before()
    {
        LevelDissolution.Plan(_units, _agencies, UnitLevel.District, On).Apply(_units);

        var ward = _units.Single(u => u.Code == "W11");
        Assert.Equal("/HN/W11/", ward.Path);
        Assert.Equal(10, ward.VersionOn(On.AddDays(-1))!.ParentId);
        Assert.Equal(1, ward.VersionOn(On)!.ParentId);
        Assert.Equal(On, _units.Single(u => u.Code == "D10").ValidTo);
        Assert.False(_agencies.Single(a => a.Code == "A10").IsActive);
        Assert.True(_agencies.Single(a => a.Code == "A11").IsActive);
    }

    [Fact]
    public void A_level_without_units_cannot_be_dissolved()
    {
        LevelDissolution.Plan(_units, _agencies, UnitLevel.District, On).Apply(_units);

        Assert.Equal("restructure.noUnitsAtLevel", Assert.Throws<DomainException>(() => LevelDissolution.Plan(_units, _agencies, UnitLevel.District, On)).Code);
    }

    [Fact]
    public void The_root_cannot_be_dissolved_as_a_level()
    {
        Assert.Equal("restructure.noUnitsAtLevel", Assert.Throws<DomainException>(() => LevelDissolution.Plan(_units, _agencies, UnitLevel.City, On)).Code);
    }

    private AdministrativeUnit Add(AdministrativeUnit unit, int id, int? parentId)
    {
        TestIds.SetParentId(TestIds.Set(unit, id), parentId);
        _units.Add(unit);
        _agencies.Add(TestIds.Set(Agency.Create($"A{id}", $"UBND {unit.Name}", AgencyKind.PeoplesCommittee, unit, Start), 100 + id));
        return unit;
    }
}
