using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators list the directives, add a later directive and correct one; nobody else may.</summary>
public sealed class DirectiveAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string FullText = "Để tiếp tục nâng cao hiệu quả công tác dân vận, Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau.";

    public static TheoryData<string, string> NonAdministratorPages => new()
    {
        { DemoAccounts.CityReviewer, "/Admin/Directives" },
        { DemoAccounts.CityReviewer, "/Admin/Directives/Create" },
        { DemoAccounts.CityReviewer, "/Admin/Directives/Edit/{directive}" },
        { DemoAccounts.CityReviewer, "/Admin/Directives/AddTask/{directive}" },
        { DemoAccounts.CityReviewer, "/Admin/Directives/Task/{task}" },
        { DemoAccounts.HangBacHead, "/Admin/Directives" },
        { DemoAccounts.HangBacHead, "/Admin/Directives/Create" },
        { DemoAccounts.HangBacHead, "/Admin/Directives/Edit/{directive}" },
        { DemoAccounts.HangBacHead, "/Admin/Directives/AddTask/{directive}" },
        { DemoAccounts.HangBacHead, "/Admin/Directives/Task/{task}" },
    };

    [Fact]
    public async Task The_list_shows_directive_07_with_its_19_tasks_and_an_edit_link()
    {
        var id = await DirectiveIdAsync();

        var page = await GetOkAsync(await AdminAsync(), "/Admin/Directives");

        Assert.Equal(DirectiveSeed.DirectiveCode, Cell(page, id, "code"));
        Assert.Equal("19", Cell(page, id, "tasks"));
        Assert.NotNull(page.Document.QuerySelector($"tr[data-directive='{Id(id)}'] a[href='/Admin/Directives/Edit/{Id(id)}']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/Admin/Directives/Create']"));
    }

    [Fact]
    public async Task Creating_a_directive_stores_it_with_an_audit_entry_and_shows_it_to_every_role()
    {
        var admin = await AdminAsync();
        var form = await GetOkAsync(admin, "/Admin/Directives/Create");

        var created = await form.SubmitAsync(admin, MainForm, Fields("12-CT/TU", "2026-03-02"));

        var directive = await factory.QueryAsync(db => db.Directives.AsNoTracking().SingleAsync(d => d.Code == "12-CT/TU"));
        Assert.Equal($"/Admin/Directives/Edit/{Id(directive.Id)}", created.Headers.Location?.OriginalString);
        Assert.Equal("Đã tạo chỉ thị 12-CT/TU.", (await FollowAsync(admin, created)).StatusMessage());
        Assert.Equal(("Về tăng cường công tác dân vận", "Ban Thường vụ Thành ủy Hà Nội", new DateOnly(2026, 3, 2)), (directive.Title, directive.IssuingBody, directive.IssuedOn));
        Assert.Equal(FullText, directive.FullText);
        var audit = await factory.SingleAuditAsync("directive.create", Id(directive.Id));
        Assert.Null(audit.Before);
        Assert.Equal("12-CT/TU", Property(audit.After, "Code").GetString());
        foreach (var account in new[] { DemoAccounts.CityReviewer, DemoAccounts.HangBacHead, DemoAccounts.HangBacViewer })
        {
            var list = await GetOkAsync(await factory.ClientAsync(account), "/Directives");
            Assert.Contains("12-CT/TU", list.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Creating_a_directive_with_a_code_in_use_is_refused_next_to_the_code_and_nothing_is_stored()
    {
        var before = await CountsAsync();
        var admin = await AdminAsync();
        var form = await GetOkAsync(admin, "/Admin/Directives/Create");

        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(admin, MainForm, Fields(DirectiveSeed.DirectiveCode, "2026-03-02")));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Đã có chỉ thị với số hiệu này.", page.FieldError("Input.Code"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_refused_directive_keeps_what_was_typed_and_says_what_is_missing()
    {
        var before = await CountsAsync();
        var admin = await AdminAsync();
        var form = await GetOkAsync(admin, "/Admin/Directives/Create");
        var fields = Fields("15-CT/TU", string.Empty);
        fields["Input.FullText"] = string.Empty;

        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(admin, MainForm, fields));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Vi("Enter the date of issue."), page.FieldError("Input.IssuedOn"));
        Assert.Equal(Vi("Enter the full text."), page.FieldError("Input.FullText"));
        Assert.Equal("15-CT/TU", page.InputValue("Input.Code"));
        Assert.Equal("Về tăng cường công tác dân vận", page.InputValue("Input.Title"));
        Assert.Equal("issuedOn-error", page.Document.QuerySelector("#Input_IssuedOn")?.GetAttribute("aria-describedby"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Editing_the_directive_keeps_its_full_text_and_records_the_change()
    {
        var admin = await AdminAsync();
        var id = await DirectiveIdAsync();
        var original = await factory.QueryAsync(db => db.Directives.AsNoTracking().SingleAsync(d => d.Id == id));
        var edit = await GetOkAsync(admin, $"/Admin/Directives/Edit/{Id(id)}");
        Assert.Equal(original.FullText.ReplaceLineEndings("\n"), edit.Document.QuerySelector("textarea[name='Input.FullText']")?.TextContent.ReplaceLineEndings("\n"));
        Assert.Equal(19, edit.Document.QuerySelectorAll("[data-testid=task-list] tbody tr").Length);
        var task = await factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.DirectiveId == id && t.Number == "1.1").Select(t => t.Id).SingleAsync());
        Assert.NotNull(edit.Document.QuerySelector($"tr[data-task='{Id(task)}'] a[href='/Admin/Assignments?task={Id(task)}']"));
        Assert.NotNull(edit.Document.QuerySelector($"tr[data-task='{Id(task)}'] a[href='/Admin/Directives/Task/{Id(task)}']"));

        var saved = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.Summary"] = "Tóm tắt mới của chỉ thị.", ["Input.FullText"] = original.FullText.ReplaceLineEndings("\r\n"),
        });

        Assert.Equal("/Admin/Directives", saved.Headers.Location?.OriginalString);
        var after = await factory.QueryAsync(db => db.Directives.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal("Tóm tắt mới của chỉ thị.", after.Summary);
        Assert.Equal(original.FullText, after.FullText);
        var audit = await factory.SingleAuditAsync("directive.update", Id(id));
        Assert.Equal("Tóm tắt mới của chỉ thị.", Property(audit.After, "Summary").GetString());
        Assert.Equal(Property(audit.Before, "FullText").GetString(), Property(audit.After, "FullText").GetString());
    }

    [Fact]
    public async Task Administration_home_links_to_the_directives_with_their_count()
    {
        var page = await GetOkAsync(await AdminAsync(), "/Admin");

        var link = page.Document.QuerySelector("main .list-group a[href='/Admin/Directives']");
        Assert.NotNull(link);
        Assert.Equal(Id((await CountsAsync()).Directives), link.QuerySelector(".badge")?.TextContent.Trim());
    }

    [Fact]
    public async Task Unknown_directives_and_tasks_are_not_found()
    {
        var admin = await AdminAsync();
        foreach (var url in new[] { "/Admin/Directives/Edit/987654", "/Admin/Directives/AddTask/987654", "/Admin/Directives/Task/987654" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(NonAdministratorPages))]
    public async Task Non_administrators_are_forbidden_the_directive_pages(string account, string url)
    {
        var client = await factory.ClientAsync(account);

        var response = await client.GetAsync(await ResolveAsync(url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.CityReviewer)]
    [InlineData(DemoAccounts.HangBacHead)]
    public async Task Non_administrators_posting_the_directive_forms_are_forbidden_and_nothing_changes(string account)
    {
        var client = await factory.ClientAsync(account);
        var token = (await GetOkAsync(client, "/Agencies")).Document.QuerySelector("form[action='/Account/Logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var indicator = await factory.QueryAsync(db => db.Indicators.Select(i => i.Id).FirstAsync());
        var before = await factory.QueryAsync(db => db.AuditEntries.CountAsync());
        var urls = new[]
        {
            "/Admin/Directives/Create", "/Admin/Directives/Edit/{directive}", "/Admin/Directives/AddTask/{directive}", "/Admin/Directives/Task/{task}",
            "/Admin/Directives/Task/{task}?handler=AddIndicator", $"/Admin/Directives/Task/{{task}}?handler=Indicator&indicatorId={Id(indicator)}",
        };

        foreach (var url in urls)
        {
            var fields = Fields("99-CT/TU", "2026-03-02");
            fields["__RequestVerificationToken"] = token;
            (fields["Input.Number"], fields["Edit.Name"], fields["Edit.Unit"], fields["NewIndicator.Name"], fields["NewIndicator.Unit"]) = ("9.9", "x", "cuộc", "y", "cuộc");
            var response = await client.PostAsync(await ResolveAsync(url), new FormUrlEncodedContent(fields));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{account} POST {url}: {response.StatusCode}");
        }

        Assert.Equal(before, await factory.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await factory.QueryAsync(db => db.Directives.AnyAsync(d => d.Code == "99-CT/TU")));
    }

    private static Dictionary<string, string> Fields(string code, string issuedOn) => new()
    {
        ["Input.Code"] = code,
        ["Input.Title"] = "Về tăng cường công tác dân vận",
        ["Input.IssuingBody"] = "Ban Thường vụ Thành ủy Hà Nội",
        ["Input.IssuedOn"] = issuedOn,
        ["Input.Summary"] = string.Empty,
        ["Input.FullText"] = FullText,
    };

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private Task<int> DirectiveIdAsync() => factory.QueryAsync(db => db.Directives.Where(d => d.Code == DirectiveSeed.DirectiveCode).Select(d => d.Id).SingleAsync());

    private async Task<string> ResolveAsync(string url)
    {
        var task = await factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode && t.Number == "2.1").Select(t => t.Id).SingleAsync());
        return url.Replace("{directive}", Id(await DirectiveIdAsync()), StringComparison.Ordinal).Replace("{task}", Id(task), StringComparison.Ordinal);
    }

    private static string Cell(HtmlPage page, int directiveId, string column) =>
        page.Document.QuerySelector($"tr[data-directive='{directiveId.ToString(CultureInfo.InvariantCulture)}'] [data-col='{column}']")?.TextContent.Trim()
        ?? throw new InvalidOperationException($"No {column} cell for directive {directiveId}.");

    private Task<(int Directives, int Audits)> CountsAsync() =>
        factory.QueryAsync(async db => (await db.Directives.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action == "directive.create")));
}
