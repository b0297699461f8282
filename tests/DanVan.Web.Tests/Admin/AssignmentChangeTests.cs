using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators change one assignment's role and due date or remove it; reported assignments stay; nobody else may touch them.</summary>
public sealed class AssignmentChangeTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string RemoveForm = "form[data-testid=remove]";

    public static TheoryData<string> NonAdministrators => new() { DemoAccounts.CityReviewer, DemoAccounts.HangBacHead };

    [Fact]
    public async Task Changing_the_role_and_due_date_stores_them_with_an_audit_entry()
    {
        var id = await factory.QueryAsync(db => db.Assignments.Where(a => a.Task!.Number == "3.2" && a.Role == AssignmentRole.Lead).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");

        var response = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Role"] = nameof(AssignmentRole.Supporting), ["Input.DueOn"] = "2027-03-31" });

        var list = await FollowAsync(admin, response);
        Assert.StartsWith("/Admin/Assignments?task=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.NotEmpty(list.StatusMessage());
        var stored = await factory.QueryAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((AssignmentRole.Supporting, (DateOnly?)new DateOnly(2027, 3, 31)), (stored.Role, stored.DueOn));
        var audit = await factory.SingleAuditAsync("assignment.change", Id(id));
        Assert.Equal(("Lead", "Supporting"), (Property(audit.Before, "Role").GetString(), Property(audit.After, "Role").GetString()));
        Assert.Equal("2027-03-31", Property(audit.After, "DueOn").GetString());
    }

    [Fact]
    public async Task Removing_an_assignment_that_reports_refer_to_is_refused_with_the_message_and_nothing_is_deleted()
    {
        var id = await factory.QueryAsync(db => db.ReportLines.OrderBy(l => l.Id).Select(l => l.AssignmentId).FirstAsync());
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");

        var response = await edit.SubmitAsync(admin, RemoveForm, new Dictionary<string, string> { ["confirm"] = "true" });

        var refused = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Vi("Reports already filed refer to this assignment, so it cannot be removed; their lines must be kept."), refused.MessageById("confirm-remove-error"));
        Assert.True(await factory.QueryAsync(db => db.Assignments.AnyAsync(a => a.Id == id)));
        Assert.Empty(await factory.AuditAsync("assignment.remove", Id(id)));
    }

    [Fact]
    public async Task Removing_an_unreported_assignment_needs_the_confirmation_then_deletes_it_with_an_audit_entry()
    {
        var id = await CreateAssignmentAsync("1.3", "HN-HK-HB-UBND");
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");

        var unconfirmed = await HtmlPage.ParseAsync(await edit.PostFormAsync(admin, RemoveForm, new Dictionary<string, string>()));
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmed.MessageById("confirm-remove-error"));
        Assert.True(await factory.QueryAsync(db => db.Assignments.AnyAsync(a => a.Id == id)));

        var list = await FollowAsync(admin, await edit.SubmitAsync(admin, RemoveForm, new Dictionary<string, string> { ["confirm"] = "true" }));

        Assert.NotEmpty(list.StatusMessage());
        Assert.False(await factory.QueryAsync(db => db.Assignments.AnyAsync(a => a.Id == id)));
        var audit = await factory.SingleAuditAsync("assignment.remove", Id(id));
        Assert.Equal("HN-HK-HB-UBND", Property(audit.Before, "AgencyCode").GetString());
        Assert.Null(audit.After);
    }

    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task Non_administrators_are_forbidden_the_assignment_pages_and_their_posts_change_nothing(string account)
    {
        var task = await factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.Number == "2.1").Select(t => t.Id).SingleAsync());
        var id = await factory.QueryAsync(db => db.Assignments.Where(a => a.TaskId == task).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var client = await factory.ClientAsync(account);
        var token = await TokenAsync(client);
        var before = await CountsAsync();

        var gets = new[] { "/Admin/Assignments", $"/Admin/Assignments?task={task}", $"/Admin/Assignments/Edit/{id}" };
        foreach (var url in gets)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        var posts = new (string Url, Dictionary<string, string> Form)[]
        {
            ($"/Admin/Assignments?task={task}", new() { ["Input.Kind"] = nameof(AgencyKind.Department), ["Input.Role"] = nameof(AssignmentRole.Lead), ["Input.Confirm"] = "true" }),
            ($"/Admin/Assignments/Edit/{id}", new() { ["Input.Role"] = nameof(AssignmentRole.Supporting) }),
            ($"/Admin/Assignments/Edit/{id}?handler=Remove", new() { ["confirm"] = "true" }),
        };
        foreach (var (url, form) in posts)
        {
            form["__RequestVerificationToken"] = token;
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.Equal(before, await CountsAsync());
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private Task<int> CreateAssignmentAsync(string taskNumber, string agencyCode) => factory.QueryAsync(async db =>
    {
        var task = await db.DirectiveTasks.SingleAsync(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == taskNumber);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var assignment = Assignment.Create(task, agency, AssignmentRole.Supporting);
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    });

    private static async Task<HtmlPage> GetOkAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await GetOkAsync(client, "/Agencies");
        return page.Document.QuerySelector("form[action='/Account/Logout'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on /Agencies.");
    }

    private Task<(int Assignments, int Audits, string Roles)> CountsAsync() => factory.QueryAsync(async db => (
        await db.Assignments.CountAsync(),
        await db.AuditEntries.CountAsync(a => a.Action.StartsWith("assignment.")),
        string.Join(",", await db.Assignments.OrderBy(a => a.Id).Select(a => a.Role).Take(5).ToListAsync())));
}
