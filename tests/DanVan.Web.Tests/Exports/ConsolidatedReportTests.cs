using System.Globalization;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Exports;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Tests.Exports;

/// <summary>The consolidated report downloaded as Word: valid, complete, in the issuer's format, with the dashboard's figures.</summary>
public sealed class ConsolidatedReportTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task City_reviewer_downloads_a_valid_document_with_the_sections_of_a_report_in_order()
    {
        using var report = await DownloadAsync(DemoAccounts.CityReviewer, string.Empty);

        Assert.Empty(report.ValidationErrors());
        Assert.Equal(Sections, report.Headings);
        Assert.Contains("Kết quả thực hiện Chỉ thị số 07-CT/TU", report.Text, StringComparison.Ordinal);
        Assert.Contains("quý IV năm 2026", report.Text, StringComparison.Ordinal);
        var disposition = report.Response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Báo cáo 07-CT-TU quý IV năm 2026 - Thành phố Hà Nội.docx", disposition.FileNameStar);
        Assert.Contains("filename=\"Bao cao 07-CT-TU quy IV nam 2026 - Thanh pho Ha Noi.docx\"", report.Response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HN")]
    [InlineData("HN-HK")]
    public async Task The_headline_figures_are_the_dashboards_for_the_same_unit_and_period(string unitCode)
    {
        var unit = await factory.UnitIdAsync(unitCode);
        var period = await factory.PeriodIdAsync(2026, 4);
        var dashboard = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), await factory.OnCurrentPeriodAsync($"/Dashboard?unit={unit}&period={period}"));

        using var report = await DownloadAsync(DemoAccounts.CityReviewer, $"unit={unit}&period={period}");

        foreach (var (label, key) in new[] { (Expected, "expected"), (Submitted, "submitted"), (OnTime, "ontime"), (Late, "late"), (Missing, "missing"), (Accepted, "accepted"), (Returned, "returned"), (Rate, "rate") })
        {
            var shown = dashboard.Document.QuerySelector($"[data-testid=figure-{key}]")!.TextContent;
            Assert.Equal(WordReport.Number(shown), WordReport.Number(report.Figure(label)));
        }

        Assert.True(WordReport.Number(report.Figure(Submitted)) > 0, "The demo data should have submitted reports in the current period.");
        var total = dashboard.Document.QuerySelector("[data-testid=tasks-total]")!.TextContent;
        Assert.Equal(WordReport.Number(total), WordReport.Number(report.Figure(TaskLinesTotal)));
    }

    [Fact]
    public async Task The_body_is_Times_New_Roman_14_on_A4_with_margins_within_the_formats_ranges()
    {
        using var report = await DownloadAsync(DemoAccounts.CityReviewer, string.Empty);

        var defaults = report.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi);
        Assert.Equal("Times New Roman", defaults.RunFonts.EastAsia);
        Assert.Equal("Times New Roman", defaults.RunFonts.ComplexScript);
        Assert.Equal("vi-VN", defaults.Languages!.Val);
        Assert.InRange(int.Parse(defaults.FontSize!.Val!, CultureInfo.InvariantCulture), 26, 28);
        var section = report.Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Top!.Value, Mm(20), Mm(25));
        Assert.InRange(margin.Bottom!.Value, Mm(20), Mm(25));
        Assert.InRange(margin.Left!.Value, (uint)Mm(30), (uint)Mm(35));
        Assert.InRange(margin.Right!.Value, (uint)Mm(15), (uint)Mm(20));
    }

    [Fact]
    public async Task Issued_by_the_Ban_Can_su_dang_the_report_takes_the_Party_format()
    {
        using var report = await DownloadAsync(DemoAccounts.CityReviewer, $"issuer={await factory.AgencyIdAsync("HN-BCSD")}");

        var header = HeaderTable(report);
        Assert.Contains("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", header, StringComparison.Ordinal);
        Assert.Contains("BAN CÁN SỰ ĐẢNG UBND THÀNH PHỐ HÀ NỘI", header, StringComparison.Ordinal);
        Assert.Contains(PartyName, header, StringComparison.Ordinal);
        Assert.Contains("-BC/BCSĐ", header, StringComparison.Ordinal);
        Assert.DoesNotContain(NationalName, report.Text, StringComparison.Ordinal);
        Assert.Contains("T/M BAN CÁN SỰ ĐẢNG", report.Text, StringComparison.Ordinal);
        Assert.Contains(ConsolidatedReportText.Recipients, report.Text, StringComparison.Ordinal);
        Assert.Empty(report.ValidationErrors());
    }

    [Theory]
    [InlineData("HN-SNV", "UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI")]
    [InlineData("HN-UBND", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "/BC-UBND")]
    public async Task Issued_by_a_department_or_Peoples_Committee_the_report_takes_the_state_format(string issuer, string first, string second)
    {
        using var report = await DownloadAsync(DemoAccounts.CityReviewer, $"issuer={await factory.AgencyIdAsync(issuer)}");

        var header = HeaderTable(report);
        Assert.Contains(NationalName, header, StringComparison.Ordinal);
        Assert.Contains(NationalMotto, header, StringComparison.Ordinal);
        Assert.Contains(first, header, StringComparison.Ordinal);
        Assert.Contains(second, header, StringComparison.Ordinal);
        Assert.DoesNotContain(PartyName, report.Text, StringComparison.Ordinal);
        Assert.Empty(report.ValidationErrors());
    }

    [Fact]
    public async Task Highlights_are_quoted_from_accepted_reports_only_with_their_agency_named()
    {
        const string accepted = "Tổ chức 7 hội nghị đối thoại trực tiếp giữa Giám đốc Sở với doanh nghiệp và Nhân dân (kiểm thử chấp nhận).";
        const string waiting = "Kết quả của báo cáo đang chờ xem xét (kiểm thử chưa chấp nhận).";
        const string returned = "Khó khăn trong báo cáo bị trả lại (kiểm thử trả lại).";
        await factory.ReportAsync("HN-STC", ReportStatus.Accepted, accepted, "Thiếu kinh phí tổ chức đối thoại (kiểm thử khó khăn).", "Đề nghị bổ sung kinh phí (kiểm thử đề xuất).");
        await factory.ReportAsync("HN-SYT", ReportStatus.Submitted, waiting, "Thiếu nhân lực tiếp công dân (kiểm thử khó khăn chờ xem xét).");
        await factory.ReportAsync("HN-SGDDT", ReportStatus.Returned, "Kết quả bị trả lại (kiểm thử).", returned);

        using var report = await DownloadAsync(DemoAccounts.CityReviewer, string.Empty);

        var results = report.Section(Results);
        Assert.Contains(report.Paragraphs, p => p.Contains(accepted, StringComparison.Ordinal) && p.EndsWith("— Sở Tài chính thành phố Hà Nội.", StringComparison.Ordinal));
        Assert.Contains(accepted, results, StringComparison.Ordinal);
        Assert.DoesNotContain(waiting, report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("kiểm thử trả lại", report.Text, StringComparison.Ordinal);
        var difficulties = report.Section(Limitations);
        Assert.Contains("- Thiếu kinh phí tổ chức đối thoại (kiểm thử khó khăn) (1 cơ quan, đơn vị nêu: Sở Tài chính thành phố Hà Nội).", difficulties, StringComparison.Ordinal);
        Assert.Contains("- Thiếu nhân lực tiếp công dân (kiểm thử khó khăn chờ xem xét) (1 cơ quan, đơn vị nêu: Sở Y tế thành phố Hà Nội).", difficulties, StringComparison.Ordinal);
        Assert.Contains("- Đề nghị bổ sung kinh phí (kiểm thử đề xuất) (1 cơ quan, đơn vị nêu: Sở Tài chính thành phố Hà Nội).", report.Section(Proposals), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_reviewers_report_has_nothing_from_another_district()
    {
        const string marker = "Đối thoại với Nhân dân về chỉnh trang tuyến phố (kiểm thử Ba Đình).";
        await factory.ReportAsync("HN-BD-MTTQ", ReportStatus.Accepted, marker, "Khó khăn ở Ba Đình (kiểm thử).");

        using var district = await DownloadAsync(DemoAccounts.HoanKiemReviewer, string.Empty);
        using var city = await DownloadAsync(DemoAccounts.CityReviewer, string.Empty);

        Assert.Contains(marker, city.Text, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN QUẬN HOÀN KIẾM", HeaderTable(district), StringComparison.Ordinal);
        Assert.Contains("trên địa bàn quận Hoàn Kiếm", district.Text, StringComparison.Ordinal);
        foreach (var outside in new[] { marker, "kiểm thử Ba Đình", "Ba Đình", "Cầu Giấy", "Phúc Xá", "Trúc Bạch", "Sở ", "thành phố Hà Nội, quý" })
        {
            Assert.DoesNotContain(outside, district.Text, StringComparison.Ordinal);
        }

        Assert.Empty(district.ValidationErrors());
    }

    private async Task<WordReport> DownloadAsync(string account, string query) =>
        await WordReport.DownloadAsync(await factory.ClientAsync(account), (await factory.OnCurrentPeriodAsync($"?{query}"))[1..]);

    /// <summary>The header table's text, its no-break spaces read as spaces.</summary>
    private static string HeaderTable(WordReport report) => report.Body.Elements<Table>().First().InnerText.Replace('\u00A0', ' ');

    private static int Mm(int mm) => (int)Math.Round(mm * 1440 / 25.4);
}
