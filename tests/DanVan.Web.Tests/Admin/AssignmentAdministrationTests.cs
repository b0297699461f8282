using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators choose a task, see its assignments filtered by level and kind, and assign it in bulk to every matching agency.</summary>
public sealed class AssignmentAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string BulkForm = "form[data-testid=bulk]";

    [Fact]
    public async Task Without_a_task_the_page_offers_every_task_to_choose_from()
    {
        var tasks = await factory.QueryAsync(db => db.DirectiveTasks.CountAsync());

        var page = await GetOkAsync(await AdminAsync(), "/Admin/Assignments");

        var options = page.Document.QuerySelectorAll("form[data-testid=task-choice] select[name=task] option").ToList();
        Assert.Equal(tasks, options.Count);
        Assert.Equal(Id(await TaskIdAsync("1.1")), options[0].GetAttribute("value"));
    }

    [Fact]
    public async Task The_page_of_task_2_1_lists_its_seeded_assignments_and_filters_them_by_level_and_kind()
    {
        var task = await TaskIdAsync("2.1");
        var total = await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.TaskId == task));
        var wardCommittees = await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.TaskId == task && a.Agency!.Unit!.Level == UnitLevel.Ward && a.Agency.Kind == AgencyKind.PeoplesCommittee));

        var page = await GetOkAsync(await AdminAsync(), $"/Admin/Assignments?task={task}");
        var filtered = await GetOkAsync(await AdminAsync(), $"/Admin/Assignments?task={task}&level=Ward&kind=PeoplesCommittee");

        Assert.True(wardCommittees > 0 && wardCommittees < total);
        Assert.Equal(Vi("{0} assignments").Replace("{0}", Id(total), StringComparison.Ordinal), page.Document.QuerySelector("[data-testid=assignment-count]")?.TextContent.Trim());
        Assert.Equal(Math.Min(20, total), page.Document.QuerySelectorAll("[data-testid=assignment-list] tbody tr").Length);
        Assert.Contains("Đổi mới nội dung, phương thức công tác dân vận", page.Document.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        var rows = filtered.Document.QuerySelectorAll("[data-testid=assignment-list] tbody tr").ToList();
        Assert.Equal(Math.Min(20, wardCommittees), rows.Count);
        Assert.All(rows, r => Assert.Equal((Vi("AgencyKind.PeoplesCommittee"), Vi("AssignmentRole.Lead")), (Cell(r, "kind"), Cell(r, "role"))));
    }

    [Fact]
    public async Task Bulk_assigning_a_party_committee_task_to_every_ward_peoples_committee_creates_only_the_missing_ones()
    {
        var task = await TaskIdAsync("1.1");
        var hangBac = await factory.AgencyIdAsync("HN-HK-HB-UBND");
        await CreateAssignmentAsync("1.1", "HN-HK-HB-UBND", AssignmentRole.Lead);
        var wards = await factory.QueryAsync(db => db.Agencies.Where(a => a.IsActive && a.Kind == AgencyKind.PeoplesCommittee && a.Unit!.Level == UnitLevel.Ward).Select(a => a.Id).ToListAsync());
        var before = await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.TaskId == task));
        var admin = await AdminAsync();
        var page = await GetOkAsync(admin, $"/Admin/Assignments?task={task}");

        var response = await page.SubmitAsync(admin, BulkForm, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(AgencyKind.PeoplesCommittee), ["Input.Level"] = nameof(UnitLevel.Ward), ["Input.Role"] = nameof(AssignmentRole.Supporting), ["Input.Confirm"] = "true",
        });

        var list = await FollowAsync(admin, response);
        Assert.Equal(Vi("{0} agencies assigned, {1} already had the task.").Replace("{0}", Id(wards.Count - 1), StringComparison.Ordinal).Replace("{1}", "1", StringComparison.Ordinal), list.StatusMessage());
        var assigned = await factory.QueryAsync(db => db.Assignments.AsNoTracking().Where(a => a.TaskId == task && wards.Contains(a.AgencyId)).ToListAsync());
        Assert.Equal(wards.Count, assigned.Count);
        Assert.Equal(before + wards.Count - 1, await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.TaskId == task)));
        Assert.Equal(AssignmentRole.Lead, assigned.Single(a => a.AgencyId == hangBac).Role);
        Assert.All(assigned.Where(a => a.AgencyId != hangBac), a => Assert.Equal((AssignmentRole.Supporting, (DateOnly?)null), (a.Role, a.DueOn)));
        var audit = await factory.SingleAuditAsync("assignment.bulk", Id(task));
        Assert.Equal("DirectiveTask", audit.EntityType);
        Assert.Equal("Supporting", Property(audit.After, "Role").GetString());
        Assert.Equal(wards.Count - 1, Property(audit.After, "AgencyCodes").GetArrayLength());

        var phucXa = await GetOkAsync(admin, $"/Agencies/Details/{await factory.AgencyIdAsync("HN-BD-PX-UBND")}");
        var row = phucXa.Document.QuerySelector($"main table a[href='/Directives/Task/{task}']")?.Closest("tr");
        Assert.NotNull(row);
        Assert.Contains(Vi("AssignmentRole.Supporting"), row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_assigning_within_a_district_reaches_its_wards_with_the_due_date_and_leaves_out_inactive_agencies()
    {
        var task = await TaskIdAsync("1.4");
        await factory.QueryAsync(async db =>
        {
            (await db.Agencies.Include(a => a.Versions).SingleAsync(a => a.Code == "HN-HK-HT-UBND")).Deactivate(HierarchySeed.ValidFrom);
            return await db.SaveChangesAsync();
        });
        var admin = await AdminAsync();
        var page = await GetOkAsync(admin, $"/Admin/Assignments?task={task}");

        var response = await page.SubmitAsync(admin, BulkForm, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(AgencyKind.PeoplesCommittee), ["Input.UnitId"] = Id(await factory.UnitIdAsync("HN-HK")),
            ["Input.Role"] = nameof(AssignmentRole.Lead), ["Input.DueOn"] = "2027-06-30", ["Input.Confirm"] = "true",
        });

        await FollowAsync(admin, response);
        var assigned = await factory.QueryAsync(db => db.Assignments.Where(a => a.TaskId == task && a.Agency!.Kind == AgencyKind.PeoplesCommittee)
            .OrderBy(a => a.Agency!.Code).Select(a => new { a.Agency!.Code, a.Role, a.DueOn }).ToListAsync());
        Assert.Equal(["HN-HK-HB-UBND", "HN-HK-TT-UBND", "HN-HK-UBND"], assigned.Select(a => a.Code));
        Assert.All(assigned, a => Assert.Equal((AssignmentRole.Lead, (DateOnly?)new DateOnly(2027, 6, 30)), (a.Role, a.DueOn)));
        Assert.Equal("2027-06-30", Property((await factory.SingleAuditAsync("assignment.bulk", Id(task))).After, "DueOn").GetString());
    }

    [Fact]
    public async Task Bulk_assigning_without_the_confirmation_is_refused_and_nothing_is_stored()
    {
        var task = await TaskIdAsync("1.2");
        var before = await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.TaskId == task));
        var admin = await AdminAsync();
        var page = await GetOkAsync(admin, $"/Admin/Assignments?task={task}");

        var response = await page.SubmitAsync(admin, BulkForm, new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(AgencyKind.PeoplesCommittee), ["Input.Role"] = nameof(AssignmentRole.Supporting),
        });

        var refused = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), refused.FieldError("Input.Confirm"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Assignments.CountAsync(a => a.TaskId == task)));
        Assert.Empty(await factory.AuditAsync("assignment.bulk", Id(task)));
    }

    [Fact]
    public async Task Bulk_assigning_without_an_agency_kind_is_refused_next_to_the_kind()
    {
        var task = await TaskIdAsync("1.2");
        var admin = await AdminAsync();
        var page = await GetOkAsync(admin, $"/Admin/Assignments?task={task}");

        var refused = await HtmlPage.ParseAsync(await page.SubmitAsync(admin, BulkForm, new Dictionary<string, string> { ["Input.Confirm"] = "true" }));

        Assert.Equal(Vi("Choose the kind of agency."), refused.FieldError("Input.Kind"));
        Assert.Empty(await factory.AuditAsync("assignment.bulk", Id(task)));
    }

    [Fact]
    public async Task An_unknown_task_is_not_found()
    {
        var admin = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Assignments?task=987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Assignments/Edit/987654")).StatusCode);
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private Task<int> TaskIdAsync(string number) => factory.QueryAsync(db => db.DirectiveTasks
        .Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == number).Select(t => t.Id).SingleAsync());

    private Task<int> CreateAssignmentAsync(string taskNumber, string agencyCode, AssignmentRole role) => factory.QueryAsync(async db =>
    {
        var task = await db.DirectiveTasks.SingleAsync(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == taskNumber);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var assignment = Assignment.Create(task, agency, role);
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    });

    private static string Cell(AngleSharp.Dom.IElement row, string column) =>
        row.QuerySelector($"[data-col='{column}']")?.TextContent.Trim() ?? string.Empty;
}
