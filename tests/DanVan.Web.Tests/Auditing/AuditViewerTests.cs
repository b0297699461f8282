using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Exports;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Auditing.AuditSeed;

namespace DanVan.Web.Tests.Auditing;

/// <summary>/Admin/Audit: every filter narrows the trail as it says, newest first, a page at a time, values escaped; the .xlsx holds the filtered rows.</summary>
public sealed class AuditViewerTests(AuditViewerFactory factory) : IClassFixture<AuditViewerFactory>
{
    private const string January = "from=2026-01-01&to=2026-01-31";

    [Fact]
    public async Task January_lists_the_seeded_entries_newest_first()
    {
        var entries = await factory.EntriesAsync();
        Assert.Equal(entries.JanuaryNewestFirst, await IdsAsync(January));
    }

    [Theory]
    [InlineData("q=hangbac.head", "Save")]
    [InlineData("q=Ng%C3%B4%20Th%E1%BB%8B%20Mai", "Accept")]
    [InlineData("type=ProgressReport", "Accept,Save")]
    [InlineData("type=Assignment", "Removed,Change")]
    [InlineData("action=user.lock", "Lock")]
    [InlineData("action=assignment.change&type=Assignment", "Change")]
    [InlineData("type=Agency&action=user.lock", "")]
    public async Task Each_filter_narrows_the_trail(string query, string expected)
    {
        var entries = await factory.EntriesAsync();
        Assert.Equal(Expected(entries, expected), await IdsAsync($"{January}&{query}"));
    }

    [Theory]
    [InlineData("from=2026-01-10&to=2026-01-10", "Save")]
    [InlineData("from=2026-01-11&to=2026-01-11", "Change")]
    [InlineData("from=2026-01-11&to=2026-01-25", "Lock,Accept,Change")]
    [InlineData("from=2026-01-26", "Removed")]
    public async Task Days_are_Hanoi_days_with_both_ends_included(string query, string expected)
    {
        var entries = await factory.EntriesAsync();
        var ids = await IdsAsync(query + (query.Contains("to=", StringComparison.Ordinal) ? string.Empty : "&to=2026-01-31"));
        Assert.Equal(Expected(entries, expected), ids);
    }

    [Fact]
    public async Task An_agency_means_its_record_its_reports_its_assignments_even_removed_and_its_users()
    {
        var entries = await factory.EntriesAsync();
        var hangBac = await factory.AgencyIdAsync(HangBac);
        Assert.Equal([entries.Removed, entries.Change, entries.Save, entries.Agency], await IdsAsync($"{January}&agency={hangBac}"));

        var baDinh = await factory.AgencyIdAsync("HN-BD-UBND");
        Assert.Equal([entries.Accept], await IdsAsync($"{January}&agency={baDinh}"));
        var phucXa = await factory.AgencyIdAsync("HN-BD-PX-UBND");
        Assert.Equal([entries.Accept], await IdsAsync($"{January}&agency={phucXa}"));
    }

    [Fact]
    public async Task The_trail_is_paged_twenty_at_a_time_and_the_pager_keeps_the_filter()
    {
        var entries = await factory.EntriesAsync();
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        const string february = "/Admin/Audit?from=2026-02-01&to=2026-02-28";
        var first = await OkAsync(admin, february);
        Assert.Equal(entries.PagedNewestFirst.Take(20), Ids(first));
        Assert.Contains("Trang 1/3 (45 mục)", first.Text, StringComparison.Ordinal);
        var next = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("from=2026-02-01", next, StringComparison.Ordinal);
        Assert.Equal(entries.PagedNewestFirst.Skip(20).Take(20), Ids(await OkAsync(admin, next)));
        Assert.Equal(entries.PagedNewestFirst.Skip(40), Ids(await OkAsync(admin, february + "&p=3")));
    }

    [Fact]
    public async Task Values_are_side_by_side_escaped_with_the_changed_keys_marked_and_actions_labelled()
    {
        var entries = await factory.EntriesAsync();
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var response = await admin.GetAsync($"/Admin/Audit?{January}&action=report.save");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var page = await HtmlPage.ParseAsync(response);
        var item = page.Document.QuerySelector($"[data-audit='{entries.Save}']")!;
        Assert.Contains("Lưu báo cáo", item.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var row = item.QuerySelector("tr[data-key=overallAssessment]")!;
        Assert.Equal("true", row.GetAttribute("data-changed"));
        Assert.Equal(["Cũ", "<script>alert('x')</script><b>Mới</b>"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Null(item.QuerySelector("script, b"));

        var agency = (await OkAsync(admin, $"/Admin/Audit?{January}&type=Agency")).Document.QuerySelector($"[data-audit='{entries.Agency}']")!;
        Assert.Equal("false", agency.QuerySelector("tr[data-key=name]")!.GetAttribute("data-changed"));
        Assert.Equal("true", agency.QuerySelector("tr[data-key=headName]")!.GetAttribute("data-changed"));
    }

    [Fact]
    public async Task Unknown_or_malformed_filter_values_are_ignored_not_errors()
    {
        var entries = await factory.EntriesAsync();
        Assert.Equal(entries.JanuaryNewestFirst, await IdsAsync($"{January}&type=Nope&action=%3Cb%3E&agency=abc"));
        Assert.Empty(await IdsAsync($"{January}&agency=999999"));
    }

    [Fact]
    public async Task The_export_holds_the_filtered_rows_under_a_dated_UTF8_name_not_cached()
    {
        await factory.EntriesAsync();
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var page = await OkAsync(admin, $"/Admin/Audit?{January}&type=ProgressReport");
        var link = page.Document.QuerySelector("[data-testid=audit-export]")!.GetAttribute("href")!;
        Assert.Contains("handler=Export", link, StringComparison.Ordinal);

        var response = await admin.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("danvan-audit-2026-11-26.xlsx", disposition.FileName?.Trim('"'));
        Assert.Equal("danvan-nhật-ký-2026-11-26.xlsx", disposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var xlsx = new XlsxFile(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        var rows = xlsx.Table("Nhật ký");
        Assert.Equal(["report.accept", "report.save"], rows.Select(r => XlsxFile.Text(r["Mã thao tác"])));
        Assert.Equal([await factory.ReportKeyAsync("HN-BD-PX-UBND"), await factory.ReportKeyAsync(HangBac)], rows.Select(r => XlsxFile.Text(r["Bản ghi"])));
        Assert.Equal("""{"overallAssessment":"<script>alert('x')</script><b>Mới</b>"}""", XlsxFile.Text(rows[1]["Sau"]));
        var about = xlsx.Table("Thông tin chung").ToDictionary(r => XlsxFile.Text(r["Nội dung"])!, r => r["Giá trị"]);
        Assert.Equal(2, XlsxFile.Number(about["Số mục trong tệp"]));
        Assert.Contains("50.000", XlsxFile.Text(about["Ghi chú"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.CityReviewer)]
    [InlineData(DemoAccounts.HoanKiemReviewer)]
    [InlineData(DemoAccounts.HangBacHead)]
    [InlineData(DemoAccounts.CityViewer)]
    public async Task Non_administrators_get_403_for_the_page_and_the_export(string account)
    {
        var client = await factory.ClientAsync(account);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/Audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Admin/Audit?handler=Export&{January}")).StatusCode);
    }

    [Fact]
    public async Task The_administration_page_links_to_the_trail_which_states_the_export_limit()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var page = await OkAsync(admin, "/Admin");
        Assert.Equal("/Admin/Audit", page.Document.QuerySelector("[data-testid=admin-audit]")!.GetAttribute("href"));
        Assert.Contains("Tệp gồm các mục đã lọc, tối đa 50.000 mục.", (await OkAsync(admin, "/Admin/Audit")).Text, StringComparison.Ordinal);
    }

    private async Task<List<long>> IdsAsync(string query) =>
        Ids(await OkAsync(await factory.ClientAsync(DemoAccounts.Admin), "/Admin/Audit?" + query));

    private static async Task<HtmlPage> OkAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static List<long> Expected(AuditViewerFactory.Entries entries, string names) =>
        names.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(name => name switch
        {
            "Agency" => entries.Agency,
            "Save" => entries.Save,
            "Change" => entries.Change,
            "Accept" => entries.Accept,
            "Lock" => entries.Lock,
            "Removed" => entries.Removed,
            _ => throw new ArgumentException(name, nameof(names)),
        }).ToList();
}
