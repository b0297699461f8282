using System.Globalization;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>
/// An ended assignment leaves every list of the agency's current tasks (home, /Agencies, the agency's page, the directive's
/// counts and the task's agencies); the administrators' list keeps it, marked as no longer in force.
/// </summary>
public sealed class EndedAssignmentListTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string HangBac = "HN-HK-HB-UBND";

    [Fact]
    public async Task An_assignment_ended_today_leaves_the_lists_of_current_assignments()
    {
        var a = await factory.QueryAsync(db => db.Assignments.Where(s => s.Agency!.Code == HangBac && s.Role == AssignmentRole.Lead).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.TaskId, s.Task!.Number, s.Task.DirectiveId, s.Task.Directive!.Code, s.AgencyId, s.Agency!.Name, Path = s.Agency.Unit!.Path }).FirstAsync());
        var total = await factory.QueryAsync(db => db.Assignments.CountAsync(s => s.AgencyId == a.AgencyId));
        var (lead, supporting) = await factory.QueryAsync(async db => (
            await db.Assignments.CountAsync(s => s.TaskId == a.TaskId && s.Role == AssignmentRole.Lead && s.Agency!.Unit!.Path.StartsWith(a.Path)),
            await db.Assignments.CountAsync(s => s.TaskId == a.TaskId && s.Role == AssignmentRole.Supporting && s.Agency!.Unit!.Path.StartsWith(a.Path))));
        var user = await factory.ClientAsync(DemoAccounts.HangBacHead);

        var before = await ListsAsync(user, a.AgencyId, a.TaskId, a.DirectiveId, a.Number);
        Assert.Equal(new Lists(Fill("Your agency has {0} assigned tasks", total), Fill("{0} assigned tasks", total), true, Fill("{0} lead, {1} supporting", lead, supporting), true), before);

        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var edit = await HtmlPage.GetAsync(admin, $"/Admin/Assignments/Edit/{a.Id}");
        await FollowAsync(admin, await edit.SubmitAsync(admin, "form[data-testid=end]", new Dictionary<string, string> { ["confirm"] = "true" }));

        var after = await ListsAsync(user, a.AgencyId, a.TaskId, a.DirectiveId, a.Number);
        Assert.Equal(new Lists(Fill("Your agency has {0} assigned tasks", total - 1), Fill("{0} assigned tasks", total - 1), false, Fill("{0} lead, {1} supporting", lead - 1, supporting), false), after);
        var adminList = await HtmlPage.GetAsync(admin, $"/Admin/Assignments?task={a.TaskId}&level=Commune");
        Assert.NotNull(adminList.Document.QuerySelector($"tr[data-assignment='{a.Id}'] [data-col=ended]"));
    }

    private static async Task<Lists> ListsAsync(HttpClient user, int agencyId, int taskId, int directiveId, string number)
    {
        var home = await HtmlPage.GetAsync(user, "/");
        var agencies = await HtmlPage.GetAsync(user, "/Agencies");
        var agency = await HtmlPage.GetAsync(user, $"/Agencies/Details/{Id(agencyId)}");
        var directive = await HtmlPage.GetAsync(user, $"/Directives/Details/{Id(directiveId)}");
        var task = await HtmlPage.GetAsync(user, $"/Directives/Task/{Id(taskId)}");
        return new Lists(
            Squash(home.Document.QuerySelector($"a[href='/Agencies/Details/{Id(agencyId)}']")?.TextContent),
            Squash(agencies.Document.QuerySelector($"li[data-agency='{Id(agencyId)}'] span")?.TextContent).Split(" · ")[1],
            agency.Document.QuerySelectorAll("main tbody tr").Any(row => row.Children.Length > 1 && row.Children[1].TextContent.Trim() == number),
            Squash(directive.Document.QuerySelector($"tr[data-task='{number}'] td:last-child")?.TextContent),
            task.Document.QuerySelectorAll($"main tbody a[href='/Agencies/Details/{Id(agencyId)}']").Length > 0);
    }

    private static string Fill(string english, params int[] values) =>
        values.Select((value, i) => (value, i)).Aggregate(Vi(english), (text, v) => text.Replace("{" + Id(v.i) + "}", v.value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static string Squash(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Lists(string Home, string AgencyTree, bool OnAgencyPage, string DirectiveCounts, bool OnTaskPage);
}
