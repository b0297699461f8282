using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

/// <summary>Units and agencies keep what they were in each interval; a change takes an effective date and never rewrites the past.</summary>
public class TemporalStructureTests
{
    private static readonly DateOnly Start = new(2008, 8, 1);

    private static readonly DateOnly Restructured = new(2025, 7, 1);

    private static readonly DateOnly Before = new(2025, 6, 14);

    private static readonly DateOnly After = new(2025, 9, 14);

    [Fact]
    public void Moving_a_ward_keeps_its_old_parent_for_days_before_the_move()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var district = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "HK", "Quận Hoàn Kiếm", Start);
        var ward = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, "HB", "Phường Hàng Bạc", Start);

        ward.MoveUnder(city, Restructured, []);

        Assert.Same(district, ward.VersionOn(Before)!.Parent);
        Assert.Same(city, ward.VersionOn(After)!.Parent);
        Assert.Equal("/HN/HB/", ward.Path);
        Assert.Equal(2, ward.Versions.Count);
    }

    [Fact]
    public void Moving_a_district_rewrites_the_paths_of_the_units_below_it()
    {
        var nation = AdministrativeUnit.CreateRoot(UnitLevel.Nation, "VN", "Việt Nam", Start);
        var province = AdministrativeUnit.CreateBelow(nation, UnitLevel.City, "01", "Hà Nội", Start);
        var other = AdministrativeUnit.CreateBelow(nation, UnitLevel.City, "02", "Hà Giang", Start);
        var district = AdministrativeUnit.CreateBelow(province, UnitLevel.District, "001", "Quận Ba Đình", Start);
        var commune = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, "00001", "Phường Phúc Xá", Start);

        district.MoveUnder(other, Restructured, [commune]);

        Assert.Equal("/VN/02/001/00001/", commune.Path);
        Assert.True(DataScope.Of(other).Includes(commune));
        Assert.False(DataScope.Of(province).Includes(commune));
        Assert.True(DataScope.Of(nation).Includes(commune));
    }

    [Fact]
    public void A_change_on_the_day_a_version_starts_rewrites_that_version()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var ward = AdministrativeUnit.CreateBelow(city, UnitLevel.Ward, "HB", "Phường Hàng Bạc", Restructured);

        ward.Rename("Phường Hoàn Kiếm", Restructured);

        Assert.Single(ward.Versions);
        Assert.Equal("Phường Hoàn Kiếm", ward.VersionOn(After)!.Name);
    }

    [Fact]
    public void A_change_cannot_take_effect_before_the_current_version()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var ward = AdministrativeUnit.CreateBelow(city, UnitLevel.Ward, "HB", "Phường Hàng Bạc", Start);
        ward.Rename("Phường Mới", Restructured);

        var error = Assert.Throws<DomainException>(() => ward.Rename("Phường Khác", Before));

        Assert.Equal("unit.changeBeforeVersion", error.Code);
        Assert.Equal("Phường Hàng Bạc", ward.VersionOn(Before)!.Name);
    }

    [Fact]
    public void Merging_wards_dissolves_them_and_records_them_as_predecessors()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var district = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "HK", "Quận Hoàn Kiếm", Start);
        var first = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, "HB", "Phường Hàng Bạc", Start);
        var second = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, "HT", "Phường Hàng Trống", Start);

        var merged = AdministrativeUnit.Merge([first, second], city, UnitLevel.Ward, "HKW", "Phường Hoàn Kiếm", Restructured);

        Assert.Equal(Restructured, first.ValidTo);
        Assert.Null(first.VersionOn(After));
        Assert.NotNull(first.VersionOn(Before));
        Assert.Null(merged.VersionOn(Before));
        Assert.Equal(["HB", "HT"], merged.Predecessors.Select(p => p.Predecessor!.Code).Order());
        Assert.Equal("/HN/HKW/", merged.Path);
    }

    [Fact]
    public void A_unit_cannot_move_under_its_own_subtree_or_a_dissolved_unit()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var district = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "HK", "Quận Hoàn Kiếm", Start);
        var gone = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "OLD", "Quận Cũ", Start);
        var ward = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, "HB", "Phường Hàng Bạc", Start);
        gone.Dissolve(Restructured);

        Assert.Equal("unit.invalidParent", Assert.Throws<DomainException>(() => ward.MoveUnder(gone, After, [])).Code);
        Assert.Equal("unit.invalidParent", Assert.Throws<DomainException>(() => district.MoveUnder(district, After, [ward])).Code);
    }

    [Fact]
    public void An_agency_deactivated_later_is_still_active_in_earlier_periods()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var agency = Agency.Create("HN-X", "Sở Thử", AgencyKind.Department, city, Start);

        agency.Deactivate(Restructured);

        Assert.True(agency.VersionOn(Before)!.IsActive);
        Assert.False(agency.VersionOn(After)!.IsActive);
        Assert.False(agency.IsActive);
    }

    [Fact]
    public void An_agency_renamed_and_moved_keeps_its_old_name_and_unit_before_the_change()
    {
        var city = AdministrativeUnit.CreateCity("HN", "Hà Nội", Start);
        var district = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "HK", "Quận Hoàn Kiếm", Start);
        var agency = Agency.Create("HN-HK-UBND", "UBND quận Hoàn Kiếm", AgencyKind.PeoplesCommittee, district, Start);

        agency.Rename("UBND phường Hoàn Kiếm", Restructured);
        agency.MoveTo(city, Restructured);

        Assert.Equal(("UBND quận Hoàn Kiếm", district), (agency.VersionOn(Before)!.Name, agency.VersionOn(Before)!.Unit));
        Assert.Equal(("UBND phường Hoàn Kiếm", city), (agency.VersionOn(After)!.Name, agency.VersionOn(After)!.Unit));
        Assert.Equal(2, agency.Versions.Count);
    }

    [Fact]
    public void Unit_codes_may_not_hold_the_path_separator()
    {
        Assert.Equal("unit.code", Assert.Throws<DomainException>(() => AdministrativeUnit.CreateCity("H/N", "Hà Nội", Start)).Code);
    }

    [Fact]
    public void Review_follows_one_rule_at_every_depth_own_agencies_and_child_units()
    {
        var nation = TestIds.Set(AdministrativeUnit.CreateRoot(UnitLevel.Nation, "VN", "Việt Nam", Start), 1);
        var province = TestIds.Set(AdministrativeUnit.CreateBelow(nation, UnitLevel.City, "01", "Hà Nội", Start), 2);
        var district = TestIds.Set(AdministrativeUnit.CreateBelow(province, UnitLevel.District, "001", "Ba Đình", Start), 3);
        var commune = TestIds.Set(AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, "00001", "Phúc Xá", Start), 4);
        TestIds.SetParentId(province, 1);
        TestIds.SetParentId(district, 2);
        TestIds.SetParentId(commune, 3);
        Agency At(AdministrativeUnit unit) => Agency.Create("A" + unit.Code, "UBND " + unit.Name, AgencyKind.PeoplesCommittee, unit, Start);

        var provinceScope = DataScope.Of(province);

        Assert.True(provinceScope.Reviews(At(province)));
        Assert.True(provinceScope.Reviews(At(district)));
        Assert.False(provinceScope.Reviews(At(commune)));
        Assert.True(provinceScope.Includes(At(commune)));
        Assert.True(DataScope.Of(district).Reviews(At(commune)));
        Assert.False(DataScope.Of(district).Reviews(At(province)));
    }
}
