using System.Globalization;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators list the reporting periods, add six-month and annual reviews or quarters, and reschedule a period's dates.</summary>
public sealed class PeriodAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    public static TheoryData<string, string> NonAdministratorPages => new()
    {
        { DemoAccounts.CityReviewer, "/Admin/Periods" },
        { DemoAccounts.CityReviewer, "/Admin/Periods/Create" },
        { DemoAccounts.CityReviewer, "/Admin/Periods/Edit/{q4}" },
        { DemoAccounts.HangBacHead, "/Admin/Periods" },
        { DemoAccounts.HangBacHead, "/Admin/Periods/Create" },
        { DemoAccounts.HangBacHead, "/Admin/Periods/Edit/{q4}" },
    };

    [Fact]
    public async Task The_list_shows_every_period_newest_first_with_its_dates_state_and_submitted_reports()
    {
        var periods = await factory.QueryAsync(async db => (await db.Periods.AsNoTracking().ToListAsync())
            .OrderByDescending(p => p.DataTo).ThenByDescending(p => p.DataFrom).ThenByDescending(p => p.Id).ToList());
        var submitted = await factory.QueryAsync(db => db.Reports.Where(r => r.FirstSubmittedAtUtc != null)
            .GroupBy(r => r.PeriodId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));

        var page = await GetOkAsync(await AdminAsync(), "/Admin/Periods");

        var rows = page.Document.QuerySelectorAll("[data-testid=period-list] tbody tr").ToList();
        Assert.Equal(periods.Select(p => Id(p.Id)), rows.Select(r => r.GetAttribute("data-period")));
        Assert.All(periods, p => Assert.Equal(Id(submitted.GetValueOrDefault(p.Id)), Cell(page, p.Id, "submitted")));
        Assert.Contains(periods, p => submitted.GetValueOrDefault(p.Id) > 0);
        var q4 = await factory.CurrentPeriodIdAsync();
        Assert.Equal(
            new[] { "Quý IV/2026", "Quý", "15/09/2026 – 14/12/2026", "15/09/2026", "20/12/2026", "04/01/2027", Vi("Open") },
            new[] { "name", "kind", "data", "opens", "due", "closes", "state" }.Select(c => Cell(page, q4, c)));
        var q3 = periods.Single(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 3);
        Assert.Equal(Vi("Closed"), Cell(page, q3.Id, "state"));
        Assert.NotNull(page.Document.QuerySelector($"tr[data-period='{q4}'] a[href='/Admin/Periods/Edit/{q4}']"));
    }

    [Fact]
    public async Task Creating_the_six_month_review_of_2026_stores_it_with_the_decree_09_dates_and_an_audit_entry()
    {
        var admin = await AdminAsync();
        var form = await GetOkAsync(admin, "/Admin/Periods/Create");

        var created = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Kind"] = nameof(PeriodKind.SixMonths), ["Input.Year"] = "2026" });

        Assert.Equal("/Admin/Periods", created.Headers.Location?.OriginalString);
        var index = await FollowAsync(admin, created);
        Assert.Equal("Đã tạo kỳ báo cáo 6 tháng đầu năm 2026.", index.StatusMessage());
        var period = await factory.QueryAsync(db => db.Periods.AsNoTracking().SingleAsync(p => p.Kind == PeriodKind.SixMonths && p.Year == 2026));
        Assert.Equal(1, period.Number);
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 14)), (period.DataFrom, period.DataTo));
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 20), new DateOnly(2026, 7, 5)), (period.OpensOn, period.DueOn, period.ClosesOn));
        Assert.Equal("20/06/2026", Cell(index, period.Id, "due"));
        Assert.Equal(Vi("Closed"), Cell(index, period.Id, "state"));
        Assert.Equal("0", Cell(index, period.Id, "submitted"));

        var audit = await factory.SingleAuditAsync("period.create", Id(period.Id));
        Assert.Null(audit.Before);
        Assert.Equal("SixMonths", Property(audit.After, "Kind").GetString());
        Assert.Equal("2025-12-15", Property(audit.After, "DataFrom").GetString());
        Assert.Equal("2026-06-20", Property(audit.After, "DueOn").GetString());
        Assert.Equal("2026-07-05", Property(audit.After, "ClosesOn").GetString());
    }

    [Fact]
    public async Task A_quarter_created_before_its_data_range_starts_is_listed_as_not_yet_open()
    {
        var index = await CreateAsync(nameof(PeriodKind.Quarter), "2027", "1");

        var period = await factory.QueryAsync(db => db.Periods.AsNoTracking().SingleAsync(p => p.Kind == PeriodKind.Quarter && p.Year == 2027 && p.Number == 1));
        Assert.Equal((new DateOnly(2026, 12, 15), new DateOnly(2027, 3, 20)), (period.OpensOn, period.DueOn));
        Assert.Equal(Vi("Not yet open"), Cell(index, period.Id, "state"));
    }

    [Fact]
    public async Task Creating_a_quarter_that_exists_is_refused_next_to_the_year_and_nothing_is_stored()
    {
        var before = await CountsAsync();

        var page = await RefusedAsync(nameof(PeriodKind.Quarter), "2026", "3");

        Assert.Equal("Kỳ báo cáo này đã tồn tại.", page.FieldError("Input.Year"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Creating_a_quarter_without_its_number_is_refused_next_to_the_quarter()
    {
        var before = await CountsAsync();

        var page = await RefusedAsync(nameof(PeriodKind.Quarter), "2030", string.Empty);

        Assert.Equal(Vi("Choose the quarter (1–4)."), page.FieldError("Input.Quarter"));
        Assert.Equal("2030", page.InputValue("Input.Year"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Creating_a_period_for_a_year_outside_2020_to_2100_is_refused()
    {
        var before = await CountsAsync();

        var page = await RefusedAsync(nameof(PeriodKind.Annual), "1999", string.Empty);

        Assert.Equal("Năm phải từ 2020 đến 2100.", page.FieldError("Input.Year"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Rescheduling_with_the_due_date_after_the_closing_date_shows_the_message_and_changes_nothing()
    {
        var admin = await AdminAsync();
        var q4 = await factory.CurrentPeriodIdAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Periods/Edit/{q4}");
        Assert.Equal("2026-12-20", edit.InputValue("Input.DueOn"));

        var response = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.DueOn"] = "2027-01-10" });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Ngày mở không được sau hạn gửi, và hạn gửi không được sau ngày khóa sổ.", page.FieldError("Input.DueOn"));
        Assert.Equal("2027-01-10", page.InputValue("Input.DueOn"));
        var period = await factory.QueryAsync(db => db.Periods.AsNoTracking().SingleAsync(p => p.Id == q4));
        Assert.Equal((new DateOnly(2026, 9, 15), new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 4)), (period.OpensOn, period.DueOn, period.ClosesOn));
        Assert.Empty(await factory.AuditAsync("period.reschedule", Id(q4)));
    }

    [Fact]
    public async Task Editing_an_unknown_period_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await (await AdminAsync()).GetAsync("/Admin/Periods/Edit/987654")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(NonAdministratorPages))]
    public async Task Non_administrators_are_forbidden_the_period_pages(string account, string url)
    {
        var client = await factory.ClientAsync(account);

        var response = await client.GetAsync(url.Replace("{q4}", Id(await factory.CurrentPeriodIdAsync()), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Non_administrators_posting_the_period_forms_are_forbidden_and_nothing_changes()
    {
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var token = await TokenAsync(reviewer);
        var q4 = await factory.CurrentPeriodIdAsync();
        var before = await CountsAsync();

        var create = await reviewer.PostAsync("/Admin/Periods/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Kind"] = nameof(PeriodKind.Annual), ["Input.Year"] = "2031",
        }));
        var edit = await reviewer.PostAsync($"/Admin/Periods/Edit/{q4}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.OpensOn"] = "2026-09-15", ["Input.DueOn"] = "2027-01-04", ["Input.ClosesOn"] = "2027-01-04",
        }));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (create.StatusCode, edit.StatusCode));
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(new DateOnly(2026, 12, 20), await factory.QueryAsync(db => db.Periods.Where(p => p.Id == q4).Select(p => p.DueOn).SingleAsync()));
    }

    [Fact]
    public async Task Administration_home_links_to_the_periods_with_their_count()
    {
        var page = await GetOkAsync(await AdminAsync(), "/Admin");

        var link = page.Document.QuerySelector("main .list-group a[href='/Admin/Periods']");
        Assert.NotNull(link);
        Assert.Equal(Id((await CountsAsync()).Periods), link.QuerySelector(".badge")?.TextContent.Trim());
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    /// <summary>Creates a period through the form and returns the list it redirects to.</summary>
    private async Task<HtmlPage> CreateAsync(string kind, string year, string quarter)
    {
        var admin = await AdminAsync();
        var form = await GetOkAsync(admin, "/Admin/Periods/Create");
        var response = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Kind"] = kind, ["Input.Year"] = year, ["Input.Quarter"] = quarter });
        return await FollowAsync(admin, response);
    }

    /// <summary>Posts the creation form and returns the page shown again with its errors.</summary>
    private async Task<HtmlPage> RefusedAsync(string kind, string year, string quarter)
    {
        var admin = await AdminAsync();
        var form = await GetOkAsync(admin, "/Admin/Periods/Create");
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Kind"] = kind, ["Input.Year"] = year, ["Input.Quarter"] = quarter }));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static string Cell(HtmlPage page, int periodId, string column) =>
        page.Document.QuerySelector($"tr[data-period='{periodId.ToString(CultureInfo.InvariantCulture)}'] [data-col='{column}']")?.TextContent.Trim()
        ?? throw new InvalidOperationException($"No {column} cell for period {periodId}.");

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await GetOkAsync(client, "/Agencies");
        return page.Document.QuerySelector("form[action='/Account/Logout'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on /Agencies.");
    }

    private Task<(int Periods, int Audits)> CountsAsync() =>
        factory.QueryAsync(async db => (await db.Periods.CountAsync(), await db.AuditEntries.CountAsync(a => a.Action == "period.create")));
}
