using DanVan.Data.Seeding;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Tests.Exports;

/// <summary>In the exports a missing figure is an empty cell (.xlsx) or "chưa có số liệu" (.docx), never 0; a reported 0 stays 0.</summary>
public sealed class MissingFigureExportTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Workbook_leaves_the_cells_of_a_missing_indicator_empty_and_writes_a_reported_0()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-X1", assigned: true);
        await factory.SubmitIndicatorAsync(MissingData.AgencyCode("HN-CG-X1"), MissingData.Dialogues, 0);

        using var file = await DownloadWorkbookAsync($"unit={ward}");

        var indicators = file.Table("Chỉ tiêu");
        var reported = indicators.Single(r => XlsxFile.Text(r["Chỉ tiêu"]) == MissingData.Dialogues);
        Assert.Equal(0, XlsxFile.Number(reported["Tổng số"]));
        var missing = indicators.Single(r => XlsxFile.Text(r["Chỉ tiêu"]) == MissingData.DirectDialogues);
        Assert.False(missing.ContainsKey("Tổng số"), "A missing indicator's total should be an empty cell.");
        Assert.Equal(["Nhiệm vụ", "Chỉ tiêu", "Đơn vị tính"], missing.Keys);
        var trend = file.Table("Xu hướng chỉ tiêu").Single(r => XlsxFile.Text(r["Chỉ tiêu"]) == MissingData.Dialogues);
        var periods = file.Headers("Xu hướng chỉ tiêu").Skip(3).ToList();
        Assert.True(periods.Count > 1, "The trend should cover earlier periods, in which the new ward reported nothing.");
        Assert.All(periods[..^1], period => Assert.False(trend.ContainsKey(period), $"{period} should be an empty cell."));
        Assert.Equal(0, XlsxFile.Number(trend[periods[^1]]));
    }

    [Fact]
    public async Task Workbook_leaves_rates_of_0_out_of_0_empty_and_writes_a_real_0_percent()
    {
        var silent = await factory.AddWardAsync("HN-CG", "HN-CG-X2", assigned: true);
        var unexpected = await factory.AddWardAsync("HN-CG", "HN-CG-X3", assigned: false);

        using var silentFile = await DownloadWorkbookAsync($"unit={silent}");
        using var unexpectedFile = await DownloadWorkbookAsync($"unit={unexpected}");

        var level = Assert.Single(silentFile.Table("Theo cấp"));
        Assert.Equal(0, XlsxFile.Number(level["Tỷ lệ báo cáo"]));
        Assert.Equal("0.0%", silentFile.Style(level["Tỷ lệ báo cáo"]).Format);
        Assert.False(level.ContainsKey("Tỷ lệ đúng hạn"), "The on-time rate of nothing submitted should be an empty cell.");
        var headline = unexpectedFile.Table("Tổng quan");
        Assert.Equal(0, XlsxFile.Number(headline[0]["Giá trị"]));
        Assert.Equal("Tỷ lệ báo cáo", XlsxFile.Text(headline[2]["Chỉ số"]));
        Assert.False(headline[2].ContainsKey("Giá trị"), "The reporting rate of no expected report should be an empty cell.");
        var about = unexpectedFile.Table("Thông tin chung").ToDictionary(r => XlsxFile.Text(r["Nội dung"])!, r => XlsxFile.Text(r["Giá trị"]));
        Assert.StartsWith("Ô để trống là số liệu chưa có", about["Ô trống"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_report_says_chua_co_so_lieu_for_a_missing_indicator_and_0_for_a_reported_0()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-X4", assigned: true);
        await factory.SubmitIndicatorAsync(MissingData.AgencyCode("HN-CG-X4"), MissingData.Dialogues, 0);

        using var report = await DownloadReportAsync($"unit={ward}");

        Assert.Equal("0", IndicatorTotal(report, MissingData.Dialogues));
        Assert.Equal(NoData, IndicatorTotal(report, MissingData.DirectDialogues));
        Assert.Contains($"Ô ghi “{NoData}” là chưa có báo cáo đã gửi nào nêu giá trị của chỉ tiêu", report.Section(Results), StringComparison.Ordinal);
        Assert.Empty(report.ValidationErrors());
    }

    [Fact]
    public async Task Word_report_says_chua_co_so_lieu_for_the_reporting_rate_when_no_report_is_expected()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-X5", assigned: false);

        using var report = await DownloadReportAsync($"unit={ward}");

        Assert.Equal("0", report.Figure(Expected));
        Assert.Equal(NoData, report.Figure(Rate));
        Assert.Contains($"0 cơ quan, đơn vị đã gửi báo cáo (tỷ lệ gửi báo cáo: {NoData}),", report.Section(Results), StringComparison.Ordinal);
        Assert.DoesNotContain("0%", report.Section(Results), StringComparison.Ordinal);
    }

    /// <summary>The period's cell of the indicator's row in section I.4 (STT, Chỉ tiêu, Nhiệm vụ, Đơn vị tính, this period, the previous one).</summary>
    private static string IndicatorTotal(WordReport report, string indicator) =>
        report.Body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Single(cells => cells.Count == 6 && cells[1] == indicator)[4];

    private async Task<XlsxFile> DownloadWorkbookAsync(string query) =>
        await XlsxFile.DownloadAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), await factory.OnCurrentPeriodAsync($"/Dashboard/Export?{query}"));

    private async Task<WordReport> DownloadReportAsync(string query) =>
        await WordReport.DownloadAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), (await factory.OnCurrentPeriodAsync($"?{query}"))[1..]);
}
