using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Tests.Exports;

/// <summary>The consolidated report is a synthesis an official signs: grouped, not repeated, with whole appendix lists and drafts drawn from the figures.</summary>
public sealed partial class ConsolidatedReportSynthesisTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Funding = "Thiếu kinh phí cho hoạt động đối thoại với Nhân dân ở cơ sở (kiểm thử gộp).";
    private const string Staff = "Cán bộ kiêm nhiệm nhiều việc, chưa có thời gian tiếp dân (kiểm thử nhóm nhỏ).";

    [Fact]
    public async Task Near_identical_difficulties_are_printed_once_with_how_many_agencies_raised_them_the_largest_group_first()
    {
        await SeedDifficultiesAsync();

        using var report = await DownloadAsync(string.Empty);

        var section = report.Section(Limitations);
        Assert.Equal(1, Occurrences(report.Text, "(kiểm thử gộp)"));
        Assert.Equal(1, Occurrences(report.Text, "(kiểm thử nhóm nhỏ)"));
        var funding = section.IndexOf(
            "- Thiếu kinh phí cho hoạt động đối thoại với Nhân dân ở cơ sở (kiểm thử gộp) (3 cơ quan, đơn vị nêu: Sở Tài chính thành phố Hà Nội, Sở Xây dựng thành phố Hà Nội và Sở Y tế thành phố Hà Nội).",
            StringComparison.Ordinal);
        var staff = section.IndexOf(
            "- Cán bộ kiêm nhiệm nhiều việc, chưa có thời gian tiếp dân (kiểm thử nhóm nhỏ) (2 cơ quan, đơn vị nêu: Sở Giáo dục và Đào tạo thành phố Hà Nội và Sở Nội vụ thành phố Hà Nội).",
            StringComparison.Ordinal);
        Assert.True(funding >= 0, section);
        Assert.True(staff > funding, section);
        Assert.Empty(report.ValidationErrors());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public async Task No_body_paragraph_longer_than_40_characters_appears_twice(int quarter)
    {
        await SeedDifficultiesAsync();

        using var report = await DownloadAsync($"period={await factory.PeriodIdAsync(2026, quarter)}");

        var repeated = report.BodyParagraphs.Where(p => p.Length > 40).GroupBy(p => p).Where(g => g.Count() > 1).Select(g => $"{g.Count()}× {g.Key}").ToList();
        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    [Theory]
    [InlineData("HN", 4)]
    [InlineData("HN", 3)]
    [InlineData("HN-HK", 3)]
    public async Task The_appendix_lists_every_agency_the_dashboard_counts_as_missing_and_every_late_one(string unitCode, int quarter)
    {
        var query = $"unit={await factory.UnitIdAsync(unitCode)}&period={await factory.PeriodIdAsync(2026, quarter)}";
        var dashboard = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), $"/Dashboard?{query}");

        using var report = await DownloadAsync(query);

        var missing = Figure(dashboard, "missing");
        var late = Figure(dashboard, "late");
        Assert.True(missing + late > 0, "The demo data should have agencies missing or late.");
        Assert.Equal(missing, Listed(report, MissingAppendix));
        Assert.Equal(late, Listed(report, LateAppendix));
        Assert.DoesNotContain("Cổng thông tin", report.Text, StringComparison.Ordinal);
        Assert.Equal(Appendix, report.Headings[^1]);
    }

    [Fact]
    public async Task Dates_are_written_ngay_dd_MM_yyyy_with_the_time_after_them()
    {
        using var report = await DownloadAsync($"period={await factory.PeriodIdAsync(2026, 3)}");

        var text = report.Text.Replace('\u00A0', ' ');
        var dates = DayPattern().Matches(text);
        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.EndsWith("ngày ", text[..date.Index], StringComparison.Ordinal));
        var times = TimePattern().Matches(text);
        Assert.NotEmpty(times);
        Assert.All(times, time => Assert.Matches(@"ngày \d{2}/\d{2}/\d{4} lúc $", text[Math.Max(0, time.Index - 20)..time.Index]));
    }

    [Fact]
    public async Task The_drafts_of_strengths_limitations_and_directions_state_the_dashboards_figures()
    {
        var dashboard = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), await factory.OnCurrentPeriodAsync("/Dashboard"));
        var (expected, submitted, missing) = (Figure(dashboard, "expected"), Figure(dashboard, "submitted"), Figure(dashboard, "missing"));

        using var report = await DownloadAsync(string.Empty);

        Assert.Contains($"- {Count(submitted)}/{Count(expected)} cơ quan, đơn vị đã gửi báo cáo quý IV năm 2026", report.Section(Strengths), StringComparison.Ordinal);
        Assert.Contains($"- Còn {Count(missing)}/{Count(expected)} cơ quan, đơn vị chưa gửi báo cáo quý IV năm 2026 (danh sách tại {MissingAppendix}).", report.Section(Limitations), StringComparison.Ordinal);
        var directions = report.Section(Directions);
        Assert.Contains($"- Đôn đốc {Count(missing)} cơ quan, đơn vị chưa gửi báo cáo quý IV năm 2026", directions, StringComparison.Ordinal);
        Assert.Contains("quý I năm 2027", directions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_task_says_what_was_done_with_its_indicators_against_the_previous_quarter()
    {
        using var report = await DownloadAsync($"period={await factory.PeriodIdAsync(2026, 3)}");

        var results = report.Section(Results);
        Assert.Contains("3. Kết quả thực hiện từng nhiệm vụ", results, StringComparison.Ordinal);
        Assert.Matches(@"Nhiệm vụ \S+ được giao cho \d+ cơ quan, đơn vị; các báo cáo đã gửi nêu \d+ lượt", results);
        Assert.Matches(@"Chỉ tiêu “[^”]+”: [^(]+\(quý II năm 2026: ", results);
    }

    [Fact]
    public async Task The_state_headers_issuer_lines_never_break_inside_THANH_PHO()
    {
        using var report = await DownloadAsync($"issuer={await factory.AgencyIdAsync("HN-SNV")}");

        var header = report.Body.Elements<Table>().First().Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("UBND THÀNH\u00A0PHỐ\u00A0HÀ\u00A0NỘI", header);
        Assert.Contains("SỞ NỘI VỤ THÀNH\u00A0PHỐ\u00A0HÀ\u00A0NỘI", header);
        Assert.DoesNotContain(header, line => line.Contains("THÀNH PHỐ", StringComparison.Ordinal));
    }

    /// <summary>Three agencies raise the same difficulty in three wordings, two another; reports submitted in the current quarter.</summary>
    private async Task SeedDifficultiesAsync()
    {
        if (await factory.QueryAsync(db => db.ReportLines.AnyAsync(l => l.Difficulties == Funding)))
        {
            return;
        }

        await factory.ReportAsync("HN-STC", ReportStatus.Submitted, "Kết quả kiểm thử gộp khó khăn của Sở Tài chính.", Funding);
        await factory.ReportAsync("HN-SYT", ReportStatus.Submitted, "Kết quả kiểm thử gộp khó khăn của Sở Y tế.", "thiếu kinh phí cho hoạt động đối thoại với nhân dân ở cơ sở (kiểm thử gộp)");
        await factory.ReportAsync("HN-SXD", ReportStatus.Submitted, "Kết quả kiểm thử gộp khó khăn của Sở Xây dựng.", "Thiếu kinh phí cho các hoạt động đối thoại với Nhân dân ở cơ sở (kiểm thử gộp).");
        await factory.ReportAsync("HN-SGDDT", ReportStatus.Submitted, "Kết quả kiểm thử nhóm nhỏ của Sở Giáo dục và Đào tạo.", Staff);
        await factory.ReportAsync("HN-SNV", ReportStatus.Submitted, "Kết quả kiểm thử nhóm nhỏ của Sở Nội vụ.", Staff);
    }

    private async Task<WordReport> DownloadAsync(string query) =>
        await WordReport.DownloadAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), (await factory.OnCurrentPeriodAsync($"?{query}"))[1..]);

    /// <summary>The rows of the appendix table under <paramref name="heading"/> below its header; 0 when it says "Không có." instead.</summary>
    private static int Listed(WordReport report, string heading) => report.TableAfter(heading) is { Count: > 0 } rows ? rows.Count - 1 : 0;

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    private static int Figure(HtmlPage page, string key) =>
        int.Parse(page.Document.QuerySelector($"[data-testid=figure-{key}]")!.TextContent.Trim(), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex TimePattern();
}
