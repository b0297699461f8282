using System.Net;
using System.Text.Json;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>
/// Administrators change one assignment's role and due date or end it (never delete it): ending keeps every submitted line
/// and version; only a report still being written for a period whose cut-off is on or after the end drops its line. Nobody else may touch them.
/// </summary>
public sealed class AssignmentChangeTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string EndForm = "form[data-testid=end]";
    private const string HangBac = "HN-HK-HB-UBND";
    private const string HangBacName = "Ủy ban nhân dân phường Hàng Bạc";

    /// <summary>The Hanoi day of the test clock (TestClock.Now, 26/11/2026 10:00 in Hanoi).</summary>
    private static readonly DateOnly Today = new(2026, 11, 26);

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
    public async Task Ending_an_assignment_needs_the_confirmation_then_ends_it_today_with_an_audit_entry_and_deletes_no_report_line()
    {
        var id = await AssignmentOfAsync(HangBac, ReportStatus.Draft);
        var before = await LinesAsync(id);
        Assert.Contains(before, l => l.Status == ReportStatus.Draft && l.DataTo >= Today);
        Assert.Contains(before, l => l.Version >= 1 && l.DataTo < Today);
        var counts = await TotalsAsync();
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");
        Assert.Contains("26/11/2026", edit.Document.QuerySelector(EndForm)?.TextContent, StringComparison.Ordinal);

        var unconfirmed = await HtmlPage.ParseAsync(await edit.PostFormAsync(admin, EndForm, new Dictionary<string, string>()));
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmed.MessageById("confirm-end-error"));
        Assert.Null(await EndedOnAsync(id));

        var response = await edit.SubmitAsync(admin, EndForm, new Dictionary<string, string> { ["confirm"] = "true" });

        var list = await FollowAsync(admin, response);
        Assert.Equal(Fill(Vi("Task {0} is no longer assigned to {1} from {2}."), await TaskNumberAsync(id), HangBacName, "26/11/2026"), list.StatusMessage());
        Assert.Contains(Fill(Vi("not in force from {0}"), "26/11/2026"), list.Document.QuerySelector($"tr[data-assignment='{id}']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Today, await EndedOnAsync(id));
        var audit = await factory.SingleAuditAsync("assignment.end", Id(id));
        Assert.Equal(JsonValueKind.Null, Property(audit.Before, "EndedOn").ValueKind);
        Assert.Equal("2026-11-26", Property(audit.After, "EndedOn").GetString());
        Assert.Equal(HangBac, Property(audit.After, "AgencyCode").GetString());

        // Only the draft of a period whose cut-off is on or after the end loses its line, and that by the context's sync, as designed.
        var after = await LinesAsync(id);
        Assert.Equal(before.Where(l => !(l.Editable && l.DataTo >= Today)).Order(), after.Order());
        Assert.Equal(counts with { Lines = counts.Lines - before.Count(l => l.Editable && l.DataTo >= Today) }, await TotalsAsync());
        var ended = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");
        Assert.Null(ended.Document.QuerySelector(EndForm));
        Assert.Contains(Fill(Vi("This assignment is no longer in force from {0}."), "26/11/2026"), ended.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_report_of_a_later_period_keeps_its_line_and_version_when_the_assignment_ends()
    {
        var id = await AssignmentOfAsync("HN-HK-HT-UBND", ReportStatus.Submitted);
        var before = await LinesAsync(id);
        Assert.Contains(before, l => l.Status == ReportStatus.Submitted && l.DataTo >= Today);
        var versions = await factory.QueryAsync(db => db.ReportVersions.CountAsync());
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");

        await FollowAsync(admin, await edit.SubmitAsync(admin, EndForm, new Dictionary<string, string> { ["confirm"] = "true" }));

        Assert.Equal(Today, await EndedOnAsync(id));
        Assert.Equal(before.Order(), (await LinesAsync(id)).Order());
        Assert.Equal(versions, await factory.QueryAsync(db => db.ReportVersions.CountAsync()));
    }

    [Fact]
    public async Task An_assignment_that_starts_later_than_today_is_ended_on_its_start_day_and_so_never_in_force()
    {
        var startsOn = new DateOnly(2027, 1, 1);
        var id = await CreateAssignmentAsync("1.3", startsOn);
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");
        Assert.Contains("01/01/2027", edit.Document.QuerySelector(EndForm)?.TextContent, StringComparison.Ordinal);

        await FollowAsync(admin, await edit.SubmitAsync(admin, EndForm, new Dictionary<string, string> { ["confirm"] = "true" }));

        var stored = await factory.QueryAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(startsOn, stored.EndedOn);
        Assert.False(stored.IsInForceOn(startsOn) || stored.IsInForceOn(startsOn.AddYears(1)));
        Assert.Equal("2027-01-01", Property((await factory.SingleAuditAsync("assignment.end", Id(id))).After, "EndedOn").GetString());
    }

    [Fact]
    public async Task Ending_an_assignment_again_from_a_stale_form_is_refused_with_the_message_and_changes_nothing()
    {
        var id = await CreateAssignmentAsync("1.3");
        var admin = await AdminAsync();
        var first = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");
        var second = await GetOkAsync(admin, $"/Admin/Assignments/Edit/{id}");
        await FollowAsync(admin, await first.SubmitAsync(admin, EndForm, new Dictionary<string, string> { ["confirm"] = "true" }));

        var refused = await HtmlPage.ParseAsync(await second.SubmitAsync(admin, EndForm, new Dictionary<string, string> { ["confirm"] = "true" }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Vi("assignment.alreadyEnded"), refused.MessageById("confirm-end-error"));
        Assert.Equal(Today, await EndedOnAsync(id));
        Assert.Single(await factory.AuditAsync("assignment.end", Id(id)));
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
            ($"/Admin/Assignments/Edit/{id}?handler=End", new() { ["confirm"] = "true" }),
        };
        foreach (var (url, form) in posts)
        {
            form["__RequestVerificationToken"] = token;
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.Equal(before, await CountsAsync());
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    /// <summary>Gives the task to the first agency (by code) that does not have it yet.</summary>
    private Task<int> CreateAssignmentAsync(string taskNumber, DateOnly startsOn = default) => factory.QueryAsync(async db =>
    {
        var task = await db.DirectiveTasks.SingleAsync(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == taskNumber);
        var agency = await db.Agencies.Where(a => !db.Assignments.Any(s => s.AgencyId == a.Id && s.TaskId == task.Id)).OrderBy(a => a.Code).FirstAsync();
        var assignment = Assignment.Create(task, agency, AssignmentRole.Supporting, startsOn: startsOn);
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    });

    /// <summary>An assignment of <paramref name="agencyCode"/> with a line in a report of <paramref name="status"/> and a line in an earlier submitted report.</summary>
    private Task<int> AssignmentOfAsync(string agencyCode, ReportStatus status) => factory.QueryAsync(db => db.Assignments
        .Where(a => a.Agency!.Code == agencyCode
            && db.ReportLines.Any(l => l.AssignmentId == a.Id && l.Report!.Status == status && l.Report.Period!.DataTo >= Today)
            && db.ReportLines.Any(l => l.AssignmentId == a.Id && l.Report!.Version >= 1 && l.Report.Period!.DataTo < Today))
        .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    private Task<List<LineRow>> LinesAsync(int assignmentId) => factory.QueryAsync(db => db.ReportLines.AsNoTracking()
        .Where(l => l.AssignmentId == assignmentId)
        .Select(l => new LineRow(l.Id, l.ReportId, l.Report!.Status, l.Report.Version, l.Report.Period!.DataTo, l.Results))
        .ToListAsync());

    private Task<Totals> TotalsAsync() => factory.QueryAsync(async db => new Totals(
        await db.Assignments.CountAsync(), await db.Reports.CountAsync(), await db.ReportLines.CountAsync(), await db.ReportVersions.CountAsync(), await db.IndicatorValues.CountAsync()));

    private Task<DateOnly?> EndedOnAsync(int id) => factory.QueryAsync(db => db.Assignments.Where(a => a.Id == id).Select(a => a.EndedOn).SingleAsync());

    private Task<string> TaskNumberAsync(int id) => factory.QueryAsync(db => db.Assignments.Where(a => a.Id == id).Select(a => a.Task!.Number).SingleAsync());

    private static string Fill(string format, params string[] values) =>
        values.Select((value, i) => (value, i)).Aggregate(format, (text, v) => text.Replace("{" + Id(v.i) + "}", v.value, StringComparison.Ordinal));

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

    private sealed record LineRow(int Id, int ReportId, ReportStatus Status, int Version, DateOnly DataTo, string? Results) : IComparable<LineRow>
    {
        public bool Editable => Status is ReportStatus.Draft or ReportStatus.Returned;

        public int CompareTo(LineRow? other) => Id.CompareTo(other?.Id);
    }

    private sealed record Totals(int Assignments, int Reports, int Lines, int Versions, int IndicatorValues);
}
