using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Search;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Search;

/// <summary>
/// The header's search: every kind the user may see, grouped, paged, matched by the Vietnamese folding rule, and never
/// beyond the user's scope (a ward's official finds nothing of another ward; only administrators find users).
/// </summary>
public sealed class PortalSearchTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Every_signed_in_page_has_the_search_box_in_its_header()
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HangBacStaff), "/Reports");

        var box = page.Document.QuerySelector("header form[role=search] input[name=q]");
        Assert.NotNull(box);
        Assert.Equal("/Search", box!.Closest("form")!.GetAttribute("action"));
        Assert.Equal("Tìm kiếm trên cổng thông tin", box.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("hang bac")]
    [InlineData("HÀNG BẠC")]
    [InlineData("Hàng Bạc")]
    public async Task A_city_reviewer_finds_the_ward_and_its_agencies_however_the_name_is_typed(string typed)
    {
        var page = await SearchAsync(DemoAccounts.CityReviewer, typed);

        Assert.Contains(Titles(page, SearchKind.Units), t => t.EndsWith("Hàng Bạc", StringComparison.Ordinal));
        Assert.True(Count(page, SearchKind.Agencies) >= 1);
        Assert.All(Titles(page, SearchKind.Agencies), t => Assert.Contains("Hàng Bạc", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Directives_and_tasks_are_found_by_code_and_by_title_without_diacritics()
    {
        var byCode = await SearchAsync(DemoAccounts.HangBacStaff, "07-ct/tu");
        var byTitle = await SearchAsync(DemoAccounts.HangBacStaff, "quy che dan chu");

        Assert.Equal(1, Count(byCode, SearchKind.Directives));
        Assert.StartsWith("/Directives/Details/", Links(byCode, SearchKind.Directives).Single(), StringComparison.Ordinal);
        Assert.True(Count(byTitle, SearchKind.Tasks) >= 1);
        Assert.All(Links(byTitle, SearchKind.Tasks), href => Assert.StartsWith("/Directives/Task/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_reports_say_is_found_within_the_scope_only()
    {
        var city = await SearchAsync(DemoAccounts.CityReviewer, "doi thoai truc tiep");
        var ward = await SearchAsync(DemoAccounts.HangBacViewer, "doi thoai truc tiep");

        Assert.True(Count(city, SearchKind.Reports) > Count(ward, SearchKind.Reports), "The city sees more reports than one ward.");
        Assert.True(Count(ward, SearchKind.Reports) >= 1);
        Assert.All(Titles(ward, SearchKind.Reports), t => Assert.Contains("Hàng Bạc", t, StringComparison.Ordinal));
        var detail = ward.Document.QuerySelector("[data-testid=search-group-Reports] li .small")!.TextContent;
        Assert.Contains("đối thoại trực tiếp", detail, StringComparison.Ordinal);
        foreach (var href in Links(ward, SearchKind.Reports))
        {
            var report = await (await factory.ClientAsync(DemoAccounts.HangBacViewer)).GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        }
    }

    [Fact]
    public async Task What_reports_say_is_searched_one_period_at_a_time_the_latest_begun_unless_another_is_chosen()
    {
        var latest = await SearchAsync(DemoAccounts.CityReviewer, "doi thoai truc tiep", "&kind=Reports");
        var options = latest.Document.QuerySelectorAll("[data-testid=search-period] select[name=period] option")
            .Select(o => (Id: o.GetAttribute("value")!, Name: o.TextContent.Trim(), Selected: o.HasAttribute("selected"))).ToList();
        var earlier = options[1];
        var before = await SearchAsync(DemoAccounts.CityReviewer, "doi thoai truc tiep", "&kind=Reports&period=" + earlier.Id);
        var unknown = await SearchAsync(DemoAccounts.CityReviewer, "doi thoai truc tiep", "&kind=Reports&period=999999");

        Assert.Equal("Quý IV/2026", options.Single(o => o.Selected).Name);
        Assert.Equal(options[0], options.Single(o => o.Selected));
        Assert.Contains("· Quý IV/2026", Heading(latest), StringComparison.Ordinal);
        Assert.Contains("· " + earlier.Name, Heading(before), StringComparison.Ordinal);
        Assert.True(Count(latest, SearchKind.Reports) >= 1 && Count(before, SearchKind.Reports) >= 1, "The demo has the words in both quarters.");
        Assert.All(Details(latest), d => Assert.StartsWith("Quý IV/2026 · ", d, StringComparison.Ordinal));
        Assert.All(Details(before), d => Assert.StartsWith(earlier.Name + " · ", d, StringComparison.Ordinal));
        Assert.Empty(Links(latest, SearchKind.Reports).Intersect(Links(before, SearchKind.Reports)));
        Assert.Equal(Links(latest, SearchKind.Reports), Links(unknown, SearchKind.Reports));
        Assert.Equal(earlier.Id, before.Document.QuerySelector("main form[role=search] input[name=period]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_ward_official_finds_nothing_of_another_ward()
    {
        var page = await SearchAsync(DemoAccounts.HangBacHead, "phuc xa");

        Assert.Equal(0, Count(page, SearchKind.Units));
        Assert.Equal(0, Count(page, SearchKind.Agencies));
        Assert.Equal(0, Count(page, SearchKind.Reports));
    }

    [Fact]
    public async Task Only_administrators_find_users()
    {
        var admin = await SearchAsync(DemoAccounts.Admin, "duong van nam");
        var reviewer = await SearchAsync(DemoAccounts.CityReviewer, "duong van nam");
        var forced = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), "/Search?q=duong%20van%20nam&kind=Users");

        Assert.Equal(["Dương Văn Nam"], Titles(admin, SearchKind.Users));
        Assert.Null(reviewer.Document.QuerySelector("[data-testid=search-group-Users]"));
        Assert.Null(forced.Document.QuerySelector("[data-testid=search-group-Users]"));
    }

    [Fact]
    public async Task One_kind_is_paged_and_every_result_appears_once()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var overview = await SearchAsync(DemoAccounts.CityReviewer, "uy ban");
        var total = Count(overview, SearchKind.Agencies);
        Assert.True(total > PortalSearch.PageSize, $"The demo should have more than a page of people's committees; found {total}.");
        Assert.Equal(PortalSearch.OverviewSize, Titles(overview, SearchKind.Agencies).Count);
        Assert.NotNull(overview.Document.QuerySelector("[data-testid=search-more-Agencies]"));

        var seen = new List<string>();
        for (var p = 1; p <= (total + PortalSearch.PageSize - 1) / PortalSearch.PageSize; p++)
        {
            var page = await HtmlPage.GetAsync(client, $"/Search?q=uy%20ban&kind=Agencies&p={p}");
            seen.AddRange(Links(page, SearchKind.Agencies));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("a", "Nhập ít nhất 2 chữ cái để tìm kiếm.")]
    [InlineData("  đ ", "Nhập ít nhất 2 chữ cái để tìm kiếm.")]
    public async Task Too_short_a_text_is_a_message_not_a_search_of_everything(string typed, string message)
    {
        var page = await SearchAsync(DemoAccounts.CityReviewer, typed);

        Assert.Equal(message, page.Document.QuerySelector("[data-testid=search-problem]")!.TextContent.Trim());
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid^=search-group-]"));
    }

    [Fact]
    public async Task Too_long_a_text_and_unknown_kinds_or_pages_are_answered_without_an_error()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var tooLong = await HtmlPage.GetAsync(client, "/Search?q=" + new string('x', 400));
        var badKind = await HtmlPage.GetAsync(client, "/Search?q=hang%20bac&kind=Nothing&p=-5");
        var farPage = await HtmlPage.GetAsync(client, "/Search?q=hang%20bac&kind=Agencies&p=99999");

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("tối đa 300 ký tự", tooLong.Document.QuerySelector("[data-testid=search-problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, farPage.StatusCode);
        Assert.True(Count(farPage, SearchKind.Agencies) >= 1);
    }

    [Fact]
    public async Task Nothing_found_says_so_in_Vietnamese()
    {
        var page = await SearchAsync(DemoAccounts.CityReviewer, "zzqqxx");

        Assert.Equal("Không tìm thấy “zzqqxx” trong phạm vi của bạn.", page.Document.QuerySelector("[data-testid=search-nothing]")!.TextContent.Trim());
    }

    [Fact]
    public void The_excerpt_is_the_sentence_with_the_words_cut_to_its_length()
    {
        var excerpt = PortalSearch.Excerpt(["Câu đầu. Tổ chức đối thoại trực tiếp với Nhân dân; câu sau", null], "doi thoai");
        var cut = PortalSearch.Excerpt([new string('a', 500) + " doi thoai"], "doi thoai");

        Assert.Equal("Tổ chức đối thoại trực tiếp với Nhân dân", excerpt);
        Assert.Equal(PortalSearch.ExcerptLength, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    private async Task<HtmlPage> SearchAsync(string account, string typed, string more = "")
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), "/Search?q=" + Uri.EscapeDataString(typed) + more);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static int Count(HtmlPage page, SearchKind kind) =>
        page.Document.QuerySelector($"[data-testid=search-count-{kind}]") is { } badge ? int.Parse(badge.TextContent, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static List<string> Titles(HtmlPage page, SearchKind kind) =>
        page.Document.QuerySelectorAll($"[data-testid=search-group-{kind}] ul.dv-search-results li .fw-semibold").Select(e => e.TextContent.Trim()).ToList();

    private static string Heading(HtmlPage page) => page.Document.QuerySelector("#results-Reports")!.TextContent;

    private static List<string> Details(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=search-group-Reports] li .small").Select(e => e.TextContent.Trim()).ToList();

    private static List<string> Links(HtmlPage page, SearchKind kind) =>
        page.Document.QuerySelectorAll($"[data-testid=search-group-{kind}] ul.dv-search-results li a").Select(e => e.GetAttribute("href")!).ToList();
}
