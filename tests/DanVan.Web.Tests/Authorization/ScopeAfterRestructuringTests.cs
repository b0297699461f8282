using DanVan.Data.Seeding;
using DanVan.Web.Tests.Figures;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Authorization;

/// <summary>A signed-in user's scope follows a restructuring at once: the cookie's unit path is never used stale.</summary>
public sealed class ScopeAfterRestructuringTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task A_ward_viewer_still_sees_the_wards_agencies_after_the_district_is_dissolved_without_signing_in_again()
    {
        var viewer = await factory.ClientAsync(DemoAccounts.HangBacViewer);
        var before = Agencies(await HtmlPage.GetAsync(viewer, "/Agencies"));

        await factory.QueryAsync(async db =>
        {
            await Restructure.DissolveDistrictAsync(db, "HN-HK", new DateOnly(2026, 11, 26));
            return 0;
        });
        var after = Agencies(await HtmlPage.GetAsync(viewer, "/Agencies"));

        Assert.Contains("Ủy ban nhân dân phường Hàng Bạc", before);
        Assert.Equal(before, after);
    }

    private static List<string> Agencies(HtmlPage page) =>
        page.Document.QuerySelectorAll("main td, main li").Select(e => e.TextContent.Trim().Split('\n')[0].Trim()).Where(t => t.StartsWith("Ủy ban", StringComparison.Ordinal)).Distinct().ToList();
}
