using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Directives;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators add tasks to a directive, reword them, and change or add the indicators reported for them.</summary>
public sealed class DirectiveTaskAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string TaskForm = "main form#task-form";

    [Fact]
    public async Task Adding_a_task_stores_it_under_the_directive_with_an_audit_entry()
    {
        var admin = await AdminAsync();
        var directive = await DirectiveIdAsync();
        var form = await GetOkAsync(admin, $"/Admin/Directives/AddTask/{Id(directive)}");

        var added = await form.SubmitAsync(admin, MainForm, NewTask("5.1"));

        Assert.Equal($"/Admin/Directives/Edit/{Id(directive)}", added.Headers.Location?.OriginalString);
        var edit = await FollowAsync(admin, added);
        Assert.Equal("Đã thêm nhiệm vụ 5.1.", edit.StatusMessage());
        var task = await factory.QueryAsync(db => db.DirectiveTasks.AsNoTracking().SingleAsync(t => t.DirectiveId == directive && t.Number == "5.1"));
        Assert.Equal((TaskAddressee.StateAgencies, new DateOnly(2027, 6, 30)), (task.Addressee, task.DueOn));
        Assert.Equal("30/06/2027", edit.Document.QuerySelector($"tr[data-task='{Id(task.Id)}'] [data-col=due]")?.TextContent.Trim());
        var audit = await factory.SingleAuditAsync("task.create", Id(task.Id));
        Assert.Equal("StateAgencies", Property(audit.After, "Addressee").GetString());
    }

    [Fact]
    public async Task Adding_a_task_with_a_number_in_use_is_refused_next_to_the_number_and_nothing_is_stored()
    {
        var admin = await AdminAsync();
        var directive = await DirectiveIdAsync();
        var before = await factory.QueryAsync(async db => (await db.DirectiveTasks.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action == "task.create")));
        var form = await GetOkAsync(admin, $"/Admin/Directives/AddTask/{Id(directive)}");

        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(admin, MainForm, NewTask("2.1")));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Chỉ thị đã có nhiệm vụ mang số thứ tự này.", page.FieldError("Input.Number"));
        Assert.Equal("Tổ chức đối thoại với Nhân dân", page.InputValue("Input.Title"));
        Assert.Equal(before, await factory.QueryAsync(async db => (await db.DirectiveTasks.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action == "task.create"))));
    }

    [Fact]
    public async Task Rewording_a_task_shows_the_new_wording_to_readers_of_the_task()
    {
        var admin = await AdminAsync();
        var task = await TaskIdAsync("1.2");
        var edit = await GetOkAsync(admin, $"/Admin/Directives/Task/{Id(task)}");
        const string wording = "Tiếp tục đổi mới nội dung, phương thức công tác dân vận của hệ thống chính trị.";

        var saved = await edit.SubmitAsync(admin, TaskForm, new Dictionary<string, string> { ["Input.Wording"] = wording, ["Input.DueOn"] = string.Empty });

        Assert.Equal("Đã lưu nhiệm vụ 1.2.", (await FollowAsync(admin, saved)).StatusMessage());
        var reader = await GetOkAsync(await factory.ClientAsync(DemoAccounts.HangBacHead), $"/Directives/Task/{Id(task)}");
        Assert.Equal(wording, reader.Document.QuerySelector(".dv-wording")?.TextContent.Trim());
        var audit = await factory.SingleAuditAsync("task.update", Id(task));
        Assert.NotEqual(wording, Property(audit.Before, "Wording").GetString());
        Assert.Equal(wording, Property(audit.After, "Wording").GetString());
    }

    [Fact]
    public async Task Renaming_an_example_indicator_shows_the_new_name_on_the_dashboard_and_is_audited()
    {
        const string oldName = "Số cuộc đối thoại trực tiếp với Nhân dân";
        const string newName = "Số buổi đối thoại trực tiếp với Nhân dân";
        var admin = await AdminAsync();
        var task = await TaskIdAsync("2.5");
        var indicator = await factory.QueryAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.TaskId == task && i.Name == oldName));
        var page = await GetOkAsync(admin, $"/Admin/Directives/Task/{Id(task)}");
        Assert.NotNull(page.Document.QuerySelector($"form[data-indicator='{Id(indicator.Id)}'] [data-testid=example]"));

        var saved = await page.SubmitAsync(admin, $"form[data-indicator='{Id(indicator.Id)}']", new Dictionary<string, string> { ["Edit.Name"] = newName });

        Assert.Equal($"Đã lưu chỉ tiêu {newName}.", (await FollowAsync(admin, saved)).StatusMessage());
        var dashboard = await GetOkAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), "/Dashboard");
        Assert.Contains(newName, dashboard.Document.QuerySelector($"[data-testid=indicators] th[data-indicator='{Id(indicator.Id)}']")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(oldName, dashboard.Text, StringComparison.Ordinal);
        var audit = await factory.SingleAuditAsync("indicator.update", Id(indicator.Id));
        Assert.Equal(oldName, Property(audit.Before, "Name").GetString());
        Assert.Equal(newName, Property(audit.After, "Name").GetString());
        Assert.Equal("cuộc", Property(audit.After, "Unit").GetString());
        Assert.True(Property(audit.After, "HigherIsBetter").GetBoolean());
    }

    [Fact]
    public async Task A_refused_indicator_edit_keeps_what_was_typed_next_to_that_indicator()
    {
        var admin = await AdminAsync();
        var task = await TaskIdAsync("1.6");
        var indicator = await factory.QueryAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.TaskId == task));
        var page = await GetOkAsync(admin, $"/Admin/Directives/Task/{Id(task)}");
        var form = $"form[data-indicator='{Id(indicator.Id)}']";

        var refused = await HtmlPage.ParseAsync(await page.SubmitAsync(admin, form, new Dictionary<string, string> { ["Edit.Name"] = "Tỷ lệ mới", ["Edit.Unit"] = string.Empty }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Vi("Enter the unit."), refused.FieldError("Edit.Unit"));
        Assert.Equal("Tỷ lệ mới", refused.InputValue("Edit.Name"));
        Assert.Equal(indicator.Name, await factory.QueryAsync(db => db.Indicators.Where(i => i.Id == indicator.Id).Select(i => i.Name).SingleAsync()));
        Assert.Empty(await factory.AuditAsync("indicator.update", Id(indicator.Id)));
    }

    [Fact]
    public async Task Adding_an_indicator_lists_it_without_the_example_badge_and_audits_it()
    {
        var admin = await AdminAsync();
        var task = await TaskIdAsync("3.1");
        var page = await GetOkAsync(admin, $"/Admin/Directives/Task/{Id(task)}");

        var added = await page.SubmitAsync(admin, "form#add-indicator-form", new Dictionary<string, string> { ["NewIndicator.Name"] = "Tỷ lệ hộ gia đình được tuyên truyền", ["NewIndicator.Unit"] = "%" });

        var after = await FollowAsync(admin, added);
        Assert.Equal("Đã thêm chỉ tiêu Tỷ lệ hộ gia đình được tuyên truyền.", after.StatusMessage());
        var indicator = await factory.QueryAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.TaskId == task && i.Name == "Tỷ lệ hộ gia đình được tuyên truyền"));
        Assert.Equal(("%", true, false), (indicator.Unit, indicator.HigherIsBetter, indicator.IsExample));
        Assert.NotNull(after.Document.QuerySelector($"form[data-indicator='{Id(indicator.Id)}']"));
        Assert.Null(after.Document.QuerySelector($"form[data-indicator='{Id(indicator.Id)}'] [data-testid=example]"));
        var audit = await factory.SingleAuditAsync("indicator.create", Id(indicator.Id));
        Assert.Equal("%", Property(audit.After, "Unit").GetString());
    }

    [Fact]
    public async Task Adding_an_indicator_with_a_name_the_task_already_has_is_refused()
    {
        var admin = await AdminAsync();
        var task = await TaskIdAsync("2.3");
        var before = await factory.QueryAsync(db => db.Indicators.CountAsync());
        var page = await GetOkAsync(admin, $"/Admin/Directives/Task/{Id(task)}");

        var refused = await HtmlPage.ParseAsync(await page.SubmitAsync(admin, "form#add-indicator-form", new Dictionary<string, string>
        {
            ["NewIndicator.Name"] = "Số hội nghị đối thoại, tiếp công dân của người đứng đầu", ["NewIndicator.Unit"] = "cuộc",
        }));

        Assert.Equal("Nhiệm vụ đã có chỉ tiêu mang tên này.", refused.FieldError("NewIndicator.Name"));
        Assert.Equal("cuộc", refused.InputValue("NewIndicator.Unit"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Indicators.CountAsync()));
    }

    private static Dictionary<string, string> NewTask(string number) => new()
    {
        ["Input.Number"] = number,
        ["Input.Title"] = "Tổ chức đối thoại với Nhân dân",
        ["Input.Wording"] = "Người đứng đầu cơ quan nhà nước tổ chức đối thoại định kỳ với Nhân dân.",
        ["Input.Addressee"] = nameof(TaskAddressee.StateAgencies),
        ["Input.DueOn"] = "2027-06-30",
    };

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private Task<int> DirectiveIdAsync() => factory.QueryAsync(db => db.Directives.Where(d => d.Code == DirectiveSeed.DirectiveCode).Select(d => d.Id).SingleAsync());

    private Task<int> TaskIdAsync(string number) =>
        factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == number).Select(t => t.Id).SingleAsync());
}
