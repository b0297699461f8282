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

    [Fact]
    public void Long_text_is_folded_whole_with_its_parts_kept_apart()
    {
        var long500 = string.Concat(Enumerable.Repeat("Đối thoại ", 50));

        var folded = SearchText.FoldText(long500, null, "  ", "Hoà giải");

        Assert.Equal(SearchText.Length, SearchText.Fold(long500).Length);
        Assert.StartsWith("doi thoai doi thoai", folded, StringComparison.Ordinal);
        Assert.EndsWith("doi thoai\nhoa giai", folded, StringComparison.Ordinal);
        Assert.Equal(499 + 1 + 8, folded.Length);
        Assert.DoesNotContain("thoai hoa", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void Directives_and_tasks_keep_their_code_and_title_folded()
    {
        var directive = Directives.Directive.Create("07-CT/TU", "Chỉ thị về đẩy mạnh công tác dân vận", "Ban Thường vụ Thành ủy", new DateOnly(2021, 6, 14), null, "Toàn văn");
        var task = directive.AddTask("1.5", "Thực hiện nghiêm Quy chế dân chủ", "Nội dung", Directives.TaskAddressee.StateAgencies);

        Assert.Equal("07-ct/tu chi thi ve day manh cong tac dan van", directive.SearchName);
        Assert.Equal("1.5 thuc hien nghiem quy che dan chu", task.SearchName);
        task.Update("Đối thoại với Nhân dân", "Nội dung", Directives.TaskAddressee.StateAgencies, null);
        Assert.Equal("1.5 doi thoai voi nhan dan", task.SearchName);
    }
}
