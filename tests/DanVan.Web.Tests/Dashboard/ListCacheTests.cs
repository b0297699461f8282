using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's lists (agencies missing, overdue lines, reports waiting) are kept like its counts: a second view reads
/// none of them, and a submission since moves the agency from the missing list to the waiting one at the next view.
/// </summary>
public sealed class ListCacheTests(CountingFactory factory) : IClassFixture<CountingFactory>
{
    /// <summary>The lists' reads of the read model: the agencies not submitted, the overdue lines, the reports waiting.</summary>
    private const int ListReads = 3;

    [Fact]
    public async Task A_second_view_reads_no_list_and_a_submission_moves_the_agency_from_missing_to_waiting()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var url = $"/Dashboard?period={periodId}&unit={await factory.UnitIdAsync("HN-HK-HB")}";
        var agencyId = await factory.QueryAsync(db => db.Agencies.Where(a => a.Code == ReportEditor.HangBac).Select(a => a.Id).SingleAsync());
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var first = await ViewAsync(reviewer, url);
        var firstReads = ListReadsOfLastView();
        var second = await ViewAsync(reviewer, url);

        Assert.Equal(ListReads, firstReads);
        Assert.Equal(0, ListReadsOfLastView());
        Assert.Contains(agencyId, Missing(first));
        Assert.Equal(Missing(first), Missing(second));
        Assert.DoesNotContain("Hàng Bạc", Waiting(first), StringComparison.Ordinal);

        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var form = await ReportEditor.OpenAsync(head, periodId);
        var submitted = await ReportEditor.PostAsync(head, form, "Submit", fields =>
        {
            fields["Input.OverallAssessment"] = "Phường hoàn thành các nhiệm vụ trọng tâm của quý.";
            (fields[$"{ReportEditor.Line(0)}.Progress"], fields[$"{ReportEditor.Line(0)}.CompletedOn"], fields[$"{ReportEditor.Line(0)}.Percent"]) = ("Done", "2026-11-20", "100");
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var third = await ViewAsync(reviewer, url);

        Assert.Equal(ListReads, ListReadsOfLastView());
        Assert.DoesNotContain(agencyId, Missing(third));
        Assert.Contains("Hàng Bạc", Waiting(third), StringComparison.Ordinal);
    }

    private async Task<HtmlPage> ViewAsync(HttpClient client, string url)
    {
        factory.Counter.Reset();
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private int ListReadsOfLastView() => factory.Counter.Texts.Count(t =>
        t.Contains("NOT (\"r\".\"Submitted\")", StringComparison.Ordinal)
        || (t.Contains("FROM \"ReportingFactLines\"", StringComparison.Ordinal) && t.Contains("\"r\".\"DueOn\" <", StringComparison.Ordinal))
        || (t.Contains("FROM \"ReportingFacts\"", StringComparison.Ordinal) && t.Contains("ORDER BY \"r\".\"SubmittedAtUtc\"", StringComparison.Ordinal)));

    private static List<int> Missing(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=list-missing] [data-agency]").Select(li => int.Parse(li.GetAttribute("data-agency")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string Waiting(HtmlPage page) => page.Document.QuerySelector("[data-testid=list-waiting]")!.TextContent;
}
