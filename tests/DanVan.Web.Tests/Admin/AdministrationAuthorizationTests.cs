using System.Net;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>
/// Only administrators may change users, units and agencies: a signed-in reviewer posting the forms with a valid
/// antiforgery token (taken from a page they may open; the token is per user, not per form) is refused and nothing changes.
/// </summary>
public sealed class AdministrationAuthorizationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    public static TheoryData<string> CreateForms => new() { "/Admin/Users/Create", "/Admin/Units/Create", "/Admin/Agencies/Create" };

    [Theory]
    [MemberData(nameof(CreateForms))]
    public async Task Non_administrator_posting_a_create_form_is_forbidden_and_nothing_is_created(string url)
    {
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var token = await TokenAsync(reviewer);
        var counts = await CountsAsync();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.FullName"] = "Kẻ Mạo Danh",
            ["Input.Email"] = "mao.danh@danvan.local",
            ["Input.Role"] = Roles.Administrator,
            ["Input.AgencyId"] = Id(await factory.AgencyIdAsync("HN-BCSD")),
            ["Input.Level"] = nameof(UnitLevel.Ward),
            ["Input.ParentId"] = Id(await factory.UnitIdAsync("HN-HK")),
            ["Input.Code"] = "HN-HK-MD",
            ["Input.Name"] = "Phường Mạo Danh",
            ["Input.ValidFrom"] = "2026-11-26",
            ["Input.Kind"] = nameof(AgencyKind.Department),
            ["Input.UnitId"] = Id(await factory.UnitIdAsync("HN")),
        };

        var response = await reviewer.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(counts, await CountsAsync());
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "mao.danh@danvan.local")));
    }

    [Fact]
    public async Task Non_administrator_posting_an_account_action_is_forbidden_and_the_account_is_unchanged()
    {
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var token = await TokenAsync(reviewer);
        var target = await factory.QueryAsync(db => db.Users.Where(u => u.Email == DemoAccounts.HangBacStaff).Select(u => u.Id).SingleAsync());
        var counts = await CountsAsync();

        foreach (var handler in new[] { "Lock", "ResetPassword" })
        {
            var response = await reviewer.PostAsync($"/Admin/Users/Edit/{target}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["confirm"] = "true",
            }));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Null(await factory.QueryAsync(db => db.Users.Where(u => u.Id == target).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(counts, await CountsAsync());
        using var staff = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(staff, DemoAccounts.HangBacStaff, DemoAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task The_token_taken_from_the_agencies_page_is_accepted_by_the_portal()
    {
        using var reviewer = await SignIn.AsAsync(factory, DemoAccounts.CityReviewer);
        var token = await TokenAsync(reviewer);

        var forged = await reviewer.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token + "x" }));
        var logout = await reviewer.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
    }

    [Fact]
    public async Task Administration_home_counts_users_units_and_agencies()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);

        var page = await HtmlPage.GetAsync(admin, "/Admin");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var (users, units, agencies) = await CountsAsync();
        var badges = page.Document.QuerySelectorAll("main .list-group a").ToDictionary(a => a.GetAttribute("href")!, a => a.QuerySelector(".badge")?.TextContent.Trim());
        Assert.Equal(Id(users), badges["/Admin/Users"]);
        Assert.Equal(Id(units), badges["/Admin/Units"]);
        Assert.Equal(Id(agencies), badges["/Admin/Agencies"]);
        Assert.Equal(Id(await factory.QueryAsync(db => db.Assignments.CountAsync())), badges["/Admin/Assignments"]);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/Agencies");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page.Document.QuerySelector("form[action='/Account/Logout'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on /Agencies.");
    }

    private Task<(int Users, int Units, int Agencies)> CountsAsync() =>
        factory.QueryAsync(async db => (await db.Users.CountAsync(), await db.Units.CountAsync(), await db.Agencies.CountAsync()));
}
