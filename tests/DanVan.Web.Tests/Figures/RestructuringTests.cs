using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Admin;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Figures;

/// <summary>
/// A past period's dashboard, Excel export and Word report say the same after a later move, rename, deactivation, merge
/// and dissolution of a district (effective today, 26/11/2026; the first three through the administration pages); the
/// current quarter (cut-off 14/12/2026) uses the new structure. Q3/2026's cut-off is 14/09/2026.
/// </summary>
public sealed class RestructuringTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Moving_a_ward_to_another_district_leaves_the_past_quarter_unchanged_and_moves_it_in_the_current_one()
    {
        var (hoanKiem, baDinh, hangBac) = (await DashboardData.UnitIdAsync(factory, "HN-HK"), await DashboardData.UnitIdAsync(factory, "HN-BD"), await DashboardData.UnitIdAsync(factory, "HN-HK-HB"));
        var past = await factory.PeriodIdAsync(2026, 3);
        var current = await factory.PeriodIdAsync(2026, 4);
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var pastHoanKiem = await PastFigures.CaptureAsync(reviewer, past, hoanKiem);
        var pastCity = await PastFigures.CaptureAsync(reviewer, past, await DashboardData.UnitIdAsync(factory, "HN"));
        var expectedBefore = (await PastFigures.FigureAsync(reviewer, current, hoanKiem, "expected"), await PastFigures.FigureAsync(reviewer, current, baDinh, "expected"));
        var hangBacAgencies = await factory.QueryAsync(db => db.Agencies.CountAsync(a => a.Unit!.Code == "HN-HK-HB" && a.IsActive));

        await EditUnitAsync(hangBac, new() { ["Input.ParentId"] = AdminPages.Id(baDinh) });

        Assert.Equal(pastHoanKiem, await PastFigures.CaptureAsync(reviewer, past, hoanKiem));
        Assert.Equal(pastCity, await PastFigures.CaptureAsync(reviewer, past, await DashboardData.UnitIdAsync(factory, "HN")));
        Assert.Equal(expectedBefore.Item1 - hangBacAgencies, await PastFigures.FigureAsync(reviewer, current, hoanKiem, "expected"));
        Assert.Equal(expectedBefore.Item2 + hangBacAgencies, await PastFigures.FigureAsync(reviewer, current, baDinh, "expected"));
    }

    [Fact]
    public async Task Renaming_a_unit_and_deactivating_an_agency_leave_the_past_quarter_unchanged()
    {
        var trucBach = await DashboardData.UnitIdAsync(factory, "HN-BD-TB");
        var baDinh = await DashboardData.UnitIdAsync(factory, "HN-BD");
        var past = await factory.PeriodIdAsync(2026, 3);
        var current = await factory.PeriodIdAsync(2026, 4);
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var before = await PastFigures.CaptureAsync(reviewer, past, baDinh);
        var expectedNow = await PastFigures.FigureAsync(reviewer, current, baDinh, "expected");

        await EditUnitAsync(trucBach, new() { ["Input.Name"] = "Phường Trúc Bạch Mới" });
        await DeactivateAgencyAsync("HN-BD-TB-MTTQ");

        Assert.Equal(before, await PastFigures.CaptureAsync(reviewer, past, baDinh));
        Assert.Equal(expectedNow - 1, await PastFigures.FigureAsync(reviewer, current, baDinh, "expected"));
        var currentPage = await HtmlPage.GetAsync(reviewer, $"/Dashboard?period={current}&unit={baDinh}");
        Assert.Contains("Phường Trúc Bạch Mới", currentPage.Document.QuerySelector("[data-testid=by-unit]")!.TextContent, StringComparison.Ordinal);
        var pastPage = await HtmlPage.GetAsync(reviewer, $"/Dashboard?period={past}&unit={baDinh}");
        Assert.DoesNotContain("Phường Trúc Bạch Mới", pastPage.Document.QuerySelector("[data-testid=by-unit]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_wards_and_dissolving_their_district_leave_the_past_quarter_unchanged()
    {
        var (city, cauGiay) = (await DashboardData.UnitIdAsync(factory, "HN"), await DashboardData.UnitIdAsync(factory, "HN-CG"));
        var past = await factory.PeriodIdAsync(2026, 3);
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var before = (await PastFigures.CaptureAsync(reviewer, past, city), await PastFigures.CaptureAsync(reviewer, past, cauGiay));

        await factory.QueryAsync(async db =>
        {
            await Restructure.MergeAsync(db, ["HN-CG-DV", "HN-CG-QH"], "HN-CG", "HN-CG-M", "Phường Cầu Giấy Hợp Nhất", new DateOnly(2026, 11, 26));
            await Restructure.DissolveDistrictAsync(db, "HN-CG", new DateOnly(2026, 11, 26));
            return 0;
        });

        Assert.Equal(before, (await PastFigures.CaptureAsync(reviewer, past, city), await PastFigures.CaptureAsync(reviewer, past, cauGiay)));
        var current = await HtmlPage.GetAsync(reviewer, $"/Dashboard?period={await factory.PeriodIdAsync(2026, 4)}");
        var rows = current.Document.QuerySelector("[data-testid=by-unit]")!.TextContent;
        Assert.Contains("Phường Cầu Giấy Hợp Nhất", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("Quận Cầu Giấy", rows, StringComparison.Ordinal);
    }

    private async Task EditUnitAsync(int unitId, Dictionary<string, string> changes)
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var form = await HtmlPage.GetAsync(admin, $"/Admin/Units/Edit/{unitId}");
        var response = await form.SubmitAsync(admin, AdminPages.MainForm, changes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task DeactivateAgencyAsync(string code)
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var id = await factory.AgencyIdAsync(code);
        var form = await HtmlPage.GetAsync(admin, $"/Admin/Agencies/Edit/{id}");
        var response = await form.SubmitAsync(admin, AdminPages.MainForm, new Dictionary<string, string> { ["Input.IsActive"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.IsActive).SingleAsync()));
    }
}
