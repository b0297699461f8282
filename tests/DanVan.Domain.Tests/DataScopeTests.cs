using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

/// <summary>
/// The scope rule on a small tree: city 1 → districts 10 and 20 → wards 11, 12 (in 10) and 21, 22 (in 20); each unit
/// has one agency whose id is 100 + the unit's id.
/// </summary>
public class DataScopeTests
{
    private static readonly DateOnly Start = new(2008, 8, 1);

    private static readonly DateOnly Moved = new(2025, 7, 1);

    private readonly Dictionary<int, AdministrativeUnit> _units = [];

    private readonly Dictionary<int, Agency> _agencies = [];

    public DataScopeTests()
    {
        var city = Unit(TestIds.Set(AdministrativeUnit.CreateCity("01", "Hà Nội", Start), 1));
        foreach (var districtId in new[] { 10, 20 })
        {
            var district = Unit(TestIds.Set(AdministrativeUnit.CreateBelow(city, UnitLevel.District, $"D{districtId}", $"Quận {districtId}", Start), districtId));
            foreach (var wardId in new[] { districtId + 1, districtId + 2 })
            {
                Unit(TestIds.Set(AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, $"W{wardId}", $"Phường {wardId}", Start), wardId));
            }
        }
    }

    public static TheoryData<int, int[]> Visible => new()
    {
        { 11, [11] },
        { 12, [12] },
        { 21, [21] },
        { 10, [10, 11, 12] },
        { 20, [20, 21, 22] },
        { 1, [1, 10, 11, 12, 20, 21, 22] },
    };

    [Fact]
    public void Tree_is_wired_through_parent_ids()
    {
        Assert.Null(_units[1].ParentId);
        Assert.Equal(1, _units[10].ParentId);
        Assert.Equal(10, _units[12].ParentId);
        Assert.Equal(20, _units[21].ParentId);
        Assert.Same(_units[20], _units[22].Parent);
        Assert.Equal(122, _agencies[22].Id);
        Assert.Equal(22, _agencies[22].UnitId);
    }

    [Theory]
    [InlineData(1, new[] { 1, 10, 20 })]
    [InlineData(10, new[] { 10, 11, 12 })]
    [InlineData(21, new[] { 21 })]
    public void A_reviewer_reviews_the_agencies_of_the_unit_and_its_children_in_queries_as_in_memory(int scopeUnitId, int[] units)
    {
        var scope = ScopeOf(scopeUnitId);

        var inQueries = _agencies.Values.Where(scope.ReviewedAgencyFilter.Compile()).Select(a => a.Id).Order().ToList();

        Assert.Equal(units.Select(id => 100 + id), inQueries);
        Assert.Equal(inQueries, _agencies.Values.Where(scope.Reviews).Select(a => a.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Visible))]
    public void Scope_includes_exactly_the_unit_and_the_units_below_it(int scopeUnitId, int[] expected)
    {
        var scope = ScopeOf(scopeUnitId);

        Assert.Equal(expected, _units.Values.Where(scope.Includes).Select(u => u.Id).Order());
        Assert.Equal(expected.Select(id => 100 + id), _agencies.Values.Where(scope.Includes).Select(a => a.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Visible))]
    public void Query_filters_agree_with_the_in_memory_rule(int scopeUnitId, int[] expected)
    {
        var scope = ScopeOf(scopeUnitId);

        Assert.Equal(expected, _units.Values.Where(scope.UnitFilter.Compile()).Select(u => u.Id).Order());
        Assert.Equal(expected.Select(id => 100 + id), _agencies.Values.Where(scope.AgencyFilter.Compile()).Select(a => a.Id).Order());
    }

    [Fact]
    public void Ward_official_sees_only_their_ward()
    {
        var scope = ScopeOf(11);

        Assert.True(scope.Includes(_agencies[11]));
        Assert.False(scope.Includes(_agencies[12]));
        Assert.False(scope.Includes(_units[10]));
        Assert.False(scope.Includes(_units[1]));
        Assert.False(scope.AgencyFilter.Compile()(_agencies[10]));
    }

    [Fact]
    public void District_official_sees_the_district_and_its_wards_but_not_the_other_district_nor_the_city()
    {
        var scope = ScopeOf(10);

        Assert.True(scope.Includes(_units[10]));
        Assert.True(scope.Includes(_agencies[12]));
        Assert.False(scope.Includes(_units[20]));
        Assert.False(scope.Includes(_agencies[21]));
        Assert.False(scope.Includes(_units[1]));
        Assert.False(scope.AgencyFilter.Compile()(_agencies[1]));
        Assert.False(scope.UnitFilter.Compile()(_units[22]));
    }

    [Fact]
    public void City_official_sees_every_unit_including_a_ward_directly_under_the_city()
    {
        var ward = TestIds.Set(AdministrativeUnit.CreateBelow(_units[1], UnitLevel.Ward, "W30", "Phường 30", Start), 30);
        var scope = ScopeOf(1);

        Assert.All(_units.Values.Append(ward), u => Assert.True(scope.Includes(u), u.Name));
        Assert.True(scope.UnitFilter.Compile()(ward));
        Assert.False(ScopeOf(10).Includes(ward));
    }

    [Fact]
    public void Ward_moved_to_another_district_follows_its_new_district()
    {
        _units[12].MoveUnder(_units[20], Moved, []);

        Assert.False(ScopeOf(10).Includes(_agencies[12]));
        Assert.True(ScopeOf(20).Includes(_agencies[12]));
        Assert.True(ScopeOf(20).AgencyFilter.Compile()(_agencies[12]));
        Assert.True(ScopeOf(1).Includes(_agencies[12]));
    }

    private DataScope ScopeOf(int unitId) => DataScope.Of(_units[unitId]);

    private AdministrativeUnit Unit(AdministrativeUnit unit)
    {
        _units.Add(unit.Id, unit);
        var agency = TestIds.Set(Agency.Create($"A{unit.Id}", $"UBND {unit.Name}", AgencyKind.PeoplesCommittee, unit, Start), 100 + unit.Id);
        _agencies.Add(unit.Id, agency);
        return unit;
    }
}
