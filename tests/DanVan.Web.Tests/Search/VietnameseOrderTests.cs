using DanVan.Data.Seeding;
using DanVan.Web.Localization;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// Lists sort names by Vietnamese collation, across their pages: Đặng, Đỗ and Điện Biên come after the D's and before
/// E, not after Vũ as a byte order puts them.
/// </summary>
public sealed class VietnameseOrderTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public void The_collation_puts_D_with_stroke_after_D_and_before_E()
    {
        string[] names = ["Vũ Văn An", "Đỗ Thị Bình", "Dương Văn Nam", "Đặng Văn Cường", "Ế", "Anh"];

        Assert.Equal(["Anh", "Dương Văn Nam", "Đặng Văn Cường", "Đỗ Thị Bình", "Ế", "Vũ Văn An"], names.Order(VietnameseOrder.Names));
    }

    [Fact]
    public async Task Administrators_user_list_is_in_Vietnamese_order_across_its_pages()
    {
        var names = await ColumnAsync(DemoAccounts.Admin, "/Admin/Users", "[data-testid=user-list] tr[data-user] td:first-child");

        Assert.Contains(names, n => n.StartsWith('Đ'));
        Assert.Equal(names.Order(VietnameseOrder.Names), names);
    }

    [Fact]
    public async Task Administrators_agency_list_orders_units_in_Vietnamese_across_its_pages()
    {
        var units = await ColumnAsync(DemoAccounts.Admin, "/Admin/Agencies?kind=PeoplesCommittee&q=ph%C6%B0%E1%BB%9Dng", "[data-testid=agency-list] tr[data-agency] td:nth-child(4)");

        Assert.Contains(units, n => n.Contains(" Đ", StringComparison.Ordinal));
        Assert.Equal(units.Order(VietnameseOrder.Names), units);
    }

    [Fact]
    public async Task A_tasks_assigned_agencies_are_in_Vietnamese_order_within_each_role_and_level()
    {
        var units = await ColumnAsync(DemoAccounts.CityReviewer, "/Directives/Task/" + await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.DirectiveTasks.Where(t => t.Number == "2.3").Select(t => t.Id))), "main table tbody tr td:nth-child(2)");
        var wards = units.Where(u => u.StartsWith("Phường", StringComparison.Ordinal)).ToList();

        Assert.Contains(wards, n => n.Contains(" Đ", StringComparison.Ordinal));
        Assert.Equal(wards.Order(VietnameseOrder.Names), wards);
    }

    private async Task<List<string>> ColumnAsync(string account, string url, string cells)
    {
        var client = await factory.ClientAsync(account);
        var values = new List<string>();
        for (var p = 1; p <= 50; p++)
        {
            var page = await HtmlPage.GetAsync(client, url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "p=" + p);
            var found = page.Document.QuerySelectorAll(cells).Select(c => c.TextContent.Trim()).ToList();
            values.AddRange(found);
            if (page.Document.QuerySelector("a[rel=next]")?.Closest("li")?.ClassList.Contains("disabled") != false)
            {
                break;
            }
        }

        return values;
    }
}
