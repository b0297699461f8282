using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Exports;
using static DanVan.Web.Exports.ConsolidatedReportText;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// The consolidated report's quoted results and grouped difficulties and proposals are kept like the dashboard's counts:
/// a second report of the same view reads no report text at all, and a report submitted or accepted since is in the next
/// one.
/// </summary>
public sealed class NarrativeCacheTests(CountingFactory factory) : IClassFixture<CountingFactory>
{
    /// <summary>The narrative's reads of the view's texts: the ranking of the results to quote and their texts, the difficulties, the proposals.</summary>
    private const int NarrativeReads = 4;

    [Fact]
    public async Task A_second_report_reads_no_text_and_a_report_accepted_since_is_quoted_and_grouped_in_the_next()
    {
        const string results = "Tổ chức 9 buổi đối thoại trực tiếp giữa lãnh đạo Sở với Nhân dân và doanh nghiệp về giải phóng mặt bằng, tiếp thu và trả lời đầy đủ các kiến nghị (kiểm thử bộ nhớ đệm).";
        const string difficulty = "Thiếu địa điểm tiếp công dân (kiểm thử bộ nhớ đệm).";
        const string proposal = "Đề nghị bố trí phòng tiếp công dân (kiểm thử bộ nhớ đệm).";
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var query = $"period={await factory.PeriodIdAsync(2026, 4)}"; // the quarter ReportAsync writes in

        using var first = await DownloadAsync(reviewer, query);
        var firstTexts = TextReads();
        using var second = await DownloadAsync(reviewer, query);
        var secondTexts = TextReads();

        Assert.Equal(NarrativeReads, firstTexts);
        Assert.Equal(0, secondTexts);
        Assert.Equal(first.Text, second.Text);
        Assert.DoesNotContain(difficulty, first.Text, StringComparison.Ordinal);

        await factory.ReportAsync("HN-STC", ReportStatus.Accepted, results, difficulty, proposal);
        using var third = await DownloadAsync(reviewer, query);

        Assert.Equal(NarrativeReads, TextReads());
        Assert.Contains(results, third.Section(Results), StringComparison.Ordinal);
        Assert.Contains($"- {difficulty.TrimEnd('.')} (1 cơ quan, đơn vị nêu: Sở Tài chính thành phố Hà Nội).", third.Section(Limitations), StringComparison.Ordinal);
        Assert.Contains($"- {proposal.TrimEnd('.')} (1 cơ quan, đơn vị nêu: Sở Tài chính thành phố Hà Nội).", third.Section(Proposals), StringComparison.Ordinal);
    }

    private Task<WordReport> DownloadAsync(HttpClient client, string query)
    {
        factory.Counter.Reset();
        return WordReport.DownloadAsync(client, query);
    }

    /// <summary>How many commands of the last download read the view's report texts or ranked them.</summary>
    private int TextReads() => factory.Counter.Texts.Count(t => t.Contains("\"ReportingFactTexts\"", StringComparison.Ordinal)
        || (t.Contains("FROM \"ReportingFactLines\"", StringComparison.Ordinal) && t.Contains("\"ResultsLength\"", StringComparison.Ordinal)));
}
