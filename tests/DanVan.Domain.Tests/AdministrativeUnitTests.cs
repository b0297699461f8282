using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

public class AdministrativeUnitTests
{
    private static readonly DateOnly Start = new(2008, 8, 1);

    private static readonly DateOnly Moved = new(2025, 7, 1);

    private static AdministrativeUnit City() => TestIds.Set(AdministrativeUnit.CreateCity("01", "Thành phố Hà Nội", Start), 1);

    private static AdministrativeUnit District(AdministrativeUnit city, int id) =>
        TestIds.Set(AdministrativeUnit.CreateBelow(city, UnitLevel.District, $"D{id}", $"Quận {id}", Start), id);

    private static AdministrativeUnit Ward(AdministrativeUnit parent, int id) =>
        TestIds.Set(AdministrativeUnit.CreateBelow(parent, UnitLevel.Ward, $"W{id}", $"Phường {id}", Start), id);

    [Fact]
    public void City_is_the_root()
    {
        var city = AdministrativeUnit.CreateCity(" 01 ", " Thành phố Hà Nội ", Start);

        Assert.Equal(UnitLevel.City, city.Level);
        Assert.Null(city.Parent);
        Assert.Null(city.ParentId);
        Assert.Equal("01", city.Code);
        Assert.Equal("Thành phố Hà Nội", city.Name);
        Assert.Equal(Start, city.ValidFrom);
        Assert.Null(city.ValidTo);
    }

    [Fact]
    public void District_can_be_created_under_the_city()
    {
        var city = City();

        var district = District(city, 10);

        Assert.Equal(UnitLevel.District, district.Level);
        Assert.Same(city, district.Parent);
        Assert.Equal(1, district.ParentId);
    }

    [Fact]
    public void Ward_can_be_created_under_a_district_or_directly_under_the_city()
    {
        var city = City();
        var district = District(city, 10);

        Assert.Equal(10, Ward(district, 11).ParentId);
        Assert.Equal(1, Ward(city, 30).ParentId);
    }

    [Fact]
    public void Unit_created_under_an_unsaved_parent_has_no_parent_id_yet()
    {
        var city = AdministrativeUnit.CreateCity("01", "Hà Nội", Start);

        var district = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "D1", "Quận 1", Start);

        Assert.Same(city, district.Parent);
        Assert.Null(district.ParentId);
    }

    [Theory]
    [InlineData(UnitLevel.District, UnitLevel.District)]
    [InlineData(UnitLevel.Ward, UnitLevel.Ward)]
    [InlineData(UnitLevel.Ward, UnitLevel.District)]
    [InlineData(UnitLevel.City, UnitLevel.City)]
    [InlineData(UnitLevel.District, UnitLevel.City)]
    [InlineData(UnitLevel.Ward, UnitLevel.City)]
    public void Unit_cannot_be_created_below_a_unit_of_the_same_or_a_lower_level(UnitLevel parentLevel, UnitLevel childLevel)
    {
        var city = City();
        var parent = parentLevel switch
        {
            UnitLevel.City => city,
            UnitLevel.District => District(city, 10),
            _ => Ward(District(city, 10), 11),
        };

        var error = Assert.Throws<DomainException>(() => AdministrativeUnit.CreateBelow(parent, childLevel, "X", "X", Start));

        Assert.Equal("unit.invalidParent", error.Code);
    }

    [Fact]
    public void Unit_is_valid_from_its_start_until_the_day_before_its_dissolution()
    {
        var ward = Ward(District(City(), 10), 11);

        ward.Dissolve(new DateOnly(2025, 7, 1));

        Assert.Equal(new DateOnly(2025, 7, 1), ward.ValidTo);
        Assert.False(ward.IsValidOn(Start.AddDays(-1)));
        Assert.True(ward.IsValidOn(Start));
        Assert.True(ward.IsValidOn(new DateOnly(2025, 6, 30)));
        Assert.False(ward.IsValidOn(new DateOnly(2025, 7, 1)));
        Assert.False(ward.IsValidOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Unit_that_is_not_dissolved_stays_valid()
    {
        Assert.True(City().IsValidOn(new DateOnly(2100, 1, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Unit_cannot_be_dissolved_on_or_before_its_start(int daysAfterStart)
    {
        var ward = Ward(District(City(), 10), 11);

        var error = Assert.Throws<DomainException>(() => ward.Dissolve(Start.AddDays(daysAfterStart)));

        Assert.Equal("unit.dissolveBeforeStart", error.Code);
        Assert.Null(ward.ValidTo);
    }

    [Fact]
    public void Unit_cannot_be_dissolved_twice()
    {
        var ward = Ward(District(City(), 10), 11);
        ward.Dissolve(new DateOnly(2025, 7, 1));

        var error = Assert.Throws<DomainException>(() => ward.Dissolve(new DateOnly(2025, 8, 1)));

        Assert.Equal("unit.alreadyDissolved", error.Code);
        Assert.Equal(new DateOnly(2025, 7, 1), ward.ValidTo);
    }

    [Fact]
    public void Ward_can_move_under_another_district_or_the_city()
    {
        var city = City();
        var ward = Ward(District(city, 10), 11);
        var other = District(city, 20);

        ward.MoveUnder(other, Moved, []);
        Assert.Same(other, ward.Parent);
        Assert.Equal(20, ward.ParentId);

        ward.MoveUnder(city, Moved, []);
        Assert.Same(city, ward.Parent);
        Assert.Equal(1, ward.ParentId);
    }

    [Fact]
    public void New_ward_can_move_under_a_new_district_before_either_is_saved()
    {
        var city = AdministrativeUnit.CreateCity("01", "Hà Nội", Start);
        var ward = AdministrativeUnit.CreateBelow(city, UnitLevel.Ward, "W1", "Phường 1", Start);
        var district = AdministrativeUnit.CreateBelow(city, UnitLevel.District, "D1", "Quận 1", Start);

        ward.MoveUnder(district, Moved, []);

        Assert.Same(district, ward.Parent);
    }

    [Fact]
    public void Unit_cannot_move_under_a_unit_of_the_same_or_a_lower_level()
    {
        var city = City();
        var district = District(city, 10);
        var otherDistrict = District(city, 20);
        var ward = Ward(district, 11);
        var otherWard = Ward(district, 12);

        Assert.Equal("unit.invalidParent", Assert.Throws<DomainException>(() => district.MoveUnder(otherDistrict, Moved, [])).Code);
        Assert.Equal("unit.invalidParent", Assert.Throws<DomainException>(() => district.MoveUnder(ward, Moved, [])).Code);
        Assert.Equal("unit.invalidParent", Assert.Throws<DomainException>(() => ward.MoveUnder(otherWard, Moved, [])).Code);
        Assert.Equal("unit.invalidParent", Assert.Throws<DomainException>(() => city.MoveUnder(district, Moved, [])).Code);
        Assert.Same(district, ward.Parent);
        Assert.Same(city, district.Parent);
    }

    [Fact]
    public void Rename_trims_the_name()
    {
        var ward = Ward(District(City(), 10), 11);

        ward.Rename("  Phường Hàng Bạc \t", Moved);

        Assert.Equal("Phường Hàng Bạc", ward.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Rename_refuses_an_empty_name(string? name)
    {
        var ward = Ward(District(City(), 10), 11);

        var error = Assert.Throws<DomainException>(() => ward.Rename(name!, Moved));

        Assert.Equal("unit.name", error.Code);
        Assert.Equal("Phường 11", ward.Name);
    }

    [Fact]
    public void Rename_refuses_a_name_longer_than_the_column()
    {
        var ward = Ward(District(City(), 10), 11);

        Assert.Equal("unit.name", Assert.Throws<DomainException>(() => ward.Rename(new string('x', AdministrativeUnit.NameLength + 1), Moved)).Code);
    }

    [Fact]
    public void Names_are_normalised_to_composed_unicode()
    {
        const string decomposed = "Phường Ha\u0300ng Ba\u0323c";
        const string composed = "Phường H\u00e0ng B\u1ea1c";
        Assert.NotEqual(composed, decomposed);

        var ward = AdministrativeUnit.CreateBelow(District(City(), 10), UnitLevel.Ward, "W11", decomposed, Start);
        Assert.Equal(composed, ward.Name);
        Assert.True(ward.Name.IsNormalized(System.Text.NormalizationForm.FormC));

        ward.Rename("Phu\u031bo\u031b\u0300ng Ha\u0300ng Ba\u0323c", Moved);
        Assert.Equal(composed, ward.Name);
    }
}
