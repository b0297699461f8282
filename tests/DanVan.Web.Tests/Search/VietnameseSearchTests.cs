using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// The list filters find Vietnamese names however they are typed: without diacritics, in capitals, with the old tone
/// placement, in decomposed form (once "hang bac", "HÀNG BẠC", "Uỷ ban" and "điện biên" found nothing).
/// </summary>
public sealed class VietnameseSearchTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Theory]
    [InlineData("hang bac")]
    [InlineData("HÀNG BẠC")]
    [InlineData("Hàng Bạc")]
    public async Task The_agency_tree_finds_Hang_Bac_however_it_is_typed(string typed)
    {
        var found = await CountAsync(DemoAccounts.CityReviewer, $"/Agencies?q={Uri.EscapeDataString(typed)}", "[data-testid=unit-tree] li[data-agency]");

        Assert.Equal(await CountAsync(DemoAccounts.CityReviewer, $"/Agencies?q={Uri.EscapeDataString("Hàng Bạc")}", "[data-testid=unit-tree] li[data-agency]"), found);
        Assert.True(found >= 1);
    }

    [Theory]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("điện biên", "Điện Biên")]
    [InlineData("ĐIỆN BIÊN", "Điện Biên")]
    public async Task Administrators_agency_list_finds_the_same_agencies_for_every_spelling(string typed, string written)
    {
        var url = "/Admin/Agencies?q=";

        var found = await CountAsync(DemoAccounts.Admin, url + Uri.EscapeDataString(typed), "[data-testid=agency-list] tr[data-agency]");
        var expected = await CountAsync(DemoAccounts.Admin, url + Uri.EscapeDataString(written), "[data-testid=agency-list] tr[data-agency]");

        Assert.True(expected > 0, $"'{written}' should find agencies in the demo.");
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task Administrators_find_a_user_typed_without_diacritics_or_decomposed()
    {
        var plain = await CountAsync(DemoAccounts.Admin, "/Admin/Users?q=duong%20van%20nam", "[data-testid=user-list] tr[data-user]");
        var decomposed = await CountAsync(DemoAccounts.Admin, "/Admin/Users?q=" + Uri.EscapeDataString("Dương Văn Nam".Normalize(System.Text.NormalizationForm.FormD)), "[data-testid=user-list] tr[data-user]");

        Assert.Equal(1, plain);
        Assert.Equal(1, decomposed);
    }

    [Fact]
    public async Task Administrators_unit_list_finds_a_ward_typed_without_diacritics()
    {
        Assert.Equal(1, await CountAsync(DemoAccounts.Admin, "/Admin/Units?q=phuc%20xa", "[data-testid=unit-list] tr[data-unit]"));
    }

    private async Task<int> CountAsync(string account, string url, string rows)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        return page.Document.QuerySelectorAll(rows).Length;
    }
}
