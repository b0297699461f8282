using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Admin;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Review;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// A yes/no field posted with anything but true or false is a field error in Vietnamese on every page (one model binder
/// for every bool), never a 500 and never an error in the log: the page renders again without parsing the garbage.
/// </summary>
public sealed class InvalidBooleanTests(LoggedSignedInFactory factory) : IClassFixture<LoggedSignedInFactory>
{
    private const string Invalid = "Giá trị không hợp lệ.";

    private readonly int _logMark = factory.Logs.Count;

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("")]
    public async Task Sign_in_with_a_garbage_remember_me_shows_the_form_again_even_with_the_right_password(string value)
    {
        using var client = factory.CreateBrowserLikeClient();
        var page = await HtmlPage.GetAsync(client, "/Account/Login");

        var response = await page.PostFormAsync(client, "form[action^='/Account/Login']", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.HangBacViewer,
            ["Input.Password"] = DemoAccounts.Password,
            ["Input.RememberMe"] = value,
        });

        var again = await AssertRefusedAsync(response, "Input.RememberMe");
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("DanVan.Auth=", StringComparison.Ordinal)));
        Assert.NotNull(again.Document.QuerySelector("input[type=checkbox][name='Input.RememberMe']"));
    }

    [Fact]
    public async Task Reopening_a_report_with_a_garbage_confirmation_is_refused_next_to_the_box()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-UBND", 2);
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var page = await HtmlPage.GetAsync(admin, $"/Admin/Reports/Reopen/{reportId}");

        var response = await page.PostFormAsync(admin, "form[data-testid=reopen-form]", new Dictionary<string, string> { ["Input.Reason"] = "Lý do.", ["Input.Confirm"] = "yes" });

        await AssertRefusedAsync(response, "Input.Confirm");
        Assert.Equal(Domain.Reporting.ReportStatus.Accepted, await factory.StatusAsync(reportId));
    }

    [Fact]
    public async Task Editing_an_agency_with_a_garbage_active_flag_is_refused_next_to_the_box()
    {
        var agencyId = await factory.AgencyIdAsync("HN-BD-TB-DTN");
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var page = await HtmlPage.GetAsync(admin, $"/Admin/Agencies/Edit/{agencyId}");

        var response = await page.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.IsActive"] = "on" });

        await AssertRefusedAsync(response, "Input.IsActive");
        Assert.True(await factory.QueryAsync(db => db.Agencies.Where(a => a.Id == agencyId).Select(a => a.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Bulk_assigning_with_a_garbage_confirmation_is_refused_next_to_the_box()
    {
        var task = await TaskIdAsync("1.2");
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var page = await HtmlPage.GetAsync(admin, $"/Admin/Assignments?task={task}");

        var response = await page.SubmitAsync(admin, "form[data-testid=bulk]", new Dictionary<string, string>
        {
            ["Input.Kind"] = "PeoplesCommittee", ["Input.Role"] = "Supporting", ["Input.Confirm"] = "truee",
        });

        await AssertRefusedAsync(response, "Input.Confirm");
        Assert.Empty(await factory.AuditAsync("assignment.bulk", Id(task)));
    }

    [Fact]
    public async Task Adding_an_indicator_with_a_garbage_direction_is_refused_next_to_the_box()
    {
        var task = await TaskIdAsync("3.1");
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var page = await HtmlPage.GetAsync(admin, $"/Admin/Directives/Task/{Id(task)}");
        var before = await factory.QueryAsync(db => db.Indicators.CountAsync());

        var response = await page.SubmitAsync(admin, "form#add-indicator-form", new Dictionary<string, string>
        {
            ["NewIndicator.Name"] = "Số buổi tiếp dân", ["NewIndicator.Unit"] = "buổi", ["NewIndicator.HigherIsBetter"] = "maybe",
        });

        await AssertRefusedAsync(response, "NewIndicator.HigherIsBetter");
        Assert.Equal(before, await factory.QueryAsync(db => db.Indicators.CountAsync()));
    }

    [Fact]
    public async Task A_garbage_confirmation_given_as_a_handler_argument_is_a_message_too()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var userId = await factory.QueryAsync(db => db.Users.Where(u => u.Email == DemoAccounts.PhucXaHead).Select(u => u.Id).SingleAsync());
        var page = await HtmlPage.GetAsync(admin, $"/Admin/Users/Edit/{userId}");

        var response = await page.PostFormAsync(admin, "form[action*='handler=ResetPassword']", new Dictionary<string, string> { ["confirm"] = "oui" });

        var again = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), again.MessageById("confirm-reset-error"));
        Assert.Empty(factory.Logs.ErrorsSince(_logMark));
    }

    private async Task<HtmlPage> AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var page = await HtmlPage.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {page.Text[..Math.Min(400, page.Text.Length)]}");
        Assert.Equal(Invalid, page.FieldError(field));
        Assert.Empty(factory.Logs.ErrorsSince(_logMark));
        return page;
    }

    private Task<int> TaskIdAsync(string number) => factory.QueryAsync(db => db.DirectiveTasks
        .Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == number).Select(t => t.Id).SingleAsync());
}
