using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Admin;

/// <summary>An administrator dissolves the district level in one step, after a preview, as Hanoi did on 1 July 2025.</summary>
public sealed class LevelDissolutionTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Preview_changes_nothing_then_the_confirmed_dissolution_puts_the_wards_under_the_city_from_the_day()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var form = await HtmlPage.GetAsync(admin, "/Admin/Units/DissolveLevel");

        var preview = await HtmlPage.ParseAsync(await form.SubmitAsync(admin, "form[action*='handler=Preview']", new Dictionary<string, string> { ["Input.Level"] = "District", ["Input.EffectiveOn"] = "2026-11-26" }));

        var shown = preview.Document.QuerySelector("[data-testid=dissolution-preview]")!.TextContent;
        Assert.Contains("Quận Hoàn Kiếm", shown, StringComparison.Ordinal);
        Assert.Equal(9, preview.Document.QuerySelectorAll("[data-testid=moves] tbody tr").Length);
        Assert.Equal(0, await factory.QueryAsync(db => db.Units.CountAsync(u => u.ValidTo != null)));

        var unconfirmed = await HtmlPage.ParseAsync(await preview.SubmitAsync(admin, "form[action*='handler=Apply']"));
        Assert.Equal(AdminPages.Vi("Tick the box to confirm."), unconfirmed.FieldError("Input.Confirm"));

        var done = await preview.SubmitAsync(admin, "form[action*='handler=Apply']", new Dictionary<string, string> { ["Input.Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var wards = await factory.QueryAsync(db => db.Units.Where(u => u.Level == Domain.Organization.UnitLevel.Ward).Select(u => u.Path).ToListAsync());
        Assert.All(wards, path => Assert.Equal(2, path.Count(c => c == '/') - 1));
        Assert.Equal(3, await factory.QueryAsync(db => db.Units.CountAsync(u => u.ValidTo == new DateOnly(2026, 11, 26))));
        Assert.Single(await factory.AllAuditAsync(), a => a.Action == "unit.dissolveLevel");
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var current = await HtmlPage.GetAsync(reviewer, $"/Dashboard?period={await Dashboard.DashboardData.PeriodIdAsync(factory, 2026, 4)}");
        var past = await HtmlPage.GetAsync(reviewer, $"/Dashboard?period={await Dashboard.DashboardData.PeriodIdAsync(factory, 2026, 3)}");
        Assert.DoesNotContain("Quận", current.Document.QuerySelector("[data-testid=by-unit]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quận Hoàn Kiếm", past.Document.QuerySelector("[data-testid=by-unit]")!.TextContent, StringComparison.Ordinal);
    }
}
