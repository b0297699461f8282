using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Admin;

/// <summary>An administrator merges two wards into a new one from an effective date; the new ward records its predecessors.</summary>
public sealed class UnitMergeTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Merging_two_wards_needs_a_confirmation_then_dissolves_them_stops_their_agencies_and_keeps_the_past()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var hoanKiem = await AdminPages.UnitIdAsync(factory, "HN-HK");
        var (hangBac, hangTrong) = (await AdminPages.UnitIdAsync(factory, "HN-HK-HB"), await AdminPages.UnitIdAsync(factory, "HN-HK-HT"));
        var form = await HtmlPage.GetAsync(admin, $"/Admin/Units/Merge?parent={hoanKiem}");
        var fields = new Dictionary<string, string> { ["Input.Code"] = "HN-HK-X", ["Input.Name"] = "Phường Hàng Mới", ["Input.EffectiveOn"] = "2026-11-26" };
        var chosen = new[] { hangBac, hangTrong }.Select(id => new KeyValuePair<string, string>("Input.PredecessorIds", AdminPages.Id(id))).ToList();

        var unconfirmed = await HtmlPage.ParseAsync(await PostAsync(admin, form, [.. fields, .. chosen]));
        Assert.Equal(AdminPages.Vi("Tick the box to confirm."), unconfirmed.FieldError("Input.Confirm"));
        Assert.False(await factory.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "HN-HK-X")));

        var done = await PostAsync(admin, form, [.. fields, .. chosen, new("Input.Confirm", "true")]);

        Assert.True(done.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await HtmlPage.ParseAsync(done)).Document.QuerySelectorAll(".text-danger, .alert-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)));
        var merged = await factory.QueryAsync(db => db.Units.Include(u => u.Predecessors).SingleAsync(u => u.Code == "HN-HK-X"));
        Assert.Equal(new[] { hangBac, hangTrong }.Order(), merged.Predecessors.Select(p => p.PredecessorId).Order());
        Assert.Equal("/HN/HN-HK/HN-HK-X/", merged.Path);
        Assert.Equal(2, await factory.QueryAsync(db => db.Units.CountAsync(u => u.ValidTo == new DateOnly(2026, 11, 26))));
        Assert.Equal(0, await factory.QueryAsync(db => db.Agencies.CountAsync(a => (a.UnitId == hangBac || a.UnitId == hangTrong) && a.IsActive)));
        Assert.Single(await factory.AllAuditAsync(), a => a.Action == "unit.merge");
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var past = await HtmlPage.GetAsync(reviewer, $"/Dashboard?period={await Dashboard.DashboardData.PeriodIdAsync(factory, 2026, 3)}&unit={hoanKiem}");
        Assert.Contains("Phường Hàng Bạc", past.Document.QuerySelector("[data-testid=by-unit]")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Posts the merge form as a browser does: <paramref name="fields"/> (a name may repeat, the ticked units) before the hidden fields.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, HtmlPage form, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var hidden = form.Document.QuerySelectorAll("[data-testid=merge-form] input[type=hidden]")
            .Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? string.Empty));
        return client.PostAsync("/Admin/Units/Merge", new FormUrlEncodedContent([.. fields, .. hidden]));
    }
}
