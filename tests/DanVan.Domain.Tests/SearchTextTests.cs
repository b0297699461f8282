using System.Text;

namespace DanVan.Domain.Tests;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Hàng Bạc", "hang bac")]
    [InlineData("HÀNG BẠC", "hang bac")]
    [InlineData("Điện Biên", "dien bien")]
    [InlineData("ĐIỆN BIÊN", "dien bien")]
    [InlineData("Uỷ ban nhân dân", "uy ban nhan dan")]
    [InlineData("Ủy ban nhân dân", "uy ban nhan dan")]
    [InlineData("hoà giải", "hoa giai")]
    [InlineData("hòa giải", "hoa giai")]
    [InlineData("Thuỷ Khuê", "thuy khue")]
    [InlineData("Thủy Khuê", "thuy khue")]
    [InlineData("  Dương   Văn\tNam ", "duong van nam")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Folds_case_diacritics_d_and_tone_placement(string? text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Decomposed_text_folds_like_composed_text()
    {
        var composed = "Phường Hàng Bạc";
        var decomposed = composed.Normalize(NormalizationForm.FormD);

        Assert.NotEqual(composed, decomposed);
        Assert.Equal(SearchText.Fold(composed), SearchText.Fold(decomposed));
        Assert.True(SearchText.Matches(SearchText.Fold(composed), "hang bac"));
        Assert.False(SearchText.Matches(SearchText.Fold(composed), "hang trong"));
    }

    [Fact]
    public void Names_keep_their_folded_form_through_renames()
    {
        var city = Organization.AdministrativeUnit.CreateCity("HN", "Thành phố Hà Nội", new DateOnly(2008, 8, 1));
        var agency = Organization.Agency.Create("HN-X", "Uỷ ban nhân dân phường Thuỷ Khuê", Organization.AgencyKind.PeoplesCommittee, city, new DateOnly(2008, 8, 1));

        Assert.Equal("thanh pho ha noi", city.SearchName);
        Assert.Equal("uy ban nhan dan phuong thuy khue", agency.SearchName);
        agency.Rename("Ủy ban nhân dân phường Tây Hồ", new DateOnly(2025, 7, 1));
        Assert.Equal("uy ban nhan dan phuong tay ho", agency.SearchName);
    }
}
