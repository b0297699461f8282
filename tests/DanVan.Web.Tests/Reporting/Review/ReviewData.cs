using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Review;

/// <summary>Finds the demo reports the review tests act on, and prepares submissions the demo data does not have.</summary>
internal static class ReviewData
{
    /// <summary>The current period in the tests' clock is Q4/2026; the demo data's "last quarter" is Q3/2026.</summary>
    public const int CurrentQuarter = 4;

    public const int LastQuarter = 3;

    public static Task<int> ReportIdAsync(this DanVanFactory factory, string agencyCode, int quarter) =>
        factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == agencyCode && r.Period!.Kind == PeriodKind.Quarter && r.Period.Year == 2026 && r.Period.Number == quarter)
            .Select(r => r.Id).SingleAsync());

    public static Task<ReportStatus> StatusAsync(this DanVanFactory factory, int reportId) =>
        factory.QueryAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync());

    public static Task<string> UserIdAsync(this DanVanFactory factory, string userName)
    {
        var normalized = userName.ToUpperInvariant();
        return factory.QueryAsync(db => db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleAsync());
    }

    /// <summary>Moves a report through the domain as its agency or a reviewer would, at the factory's clock.</summary>
    public static Task ChangeAsync(this DanVanFactory factory, int reportId, string userName, Action<ProgressReport, Actor, DateTime> change) =>
        factory.QueryAsync(async db =>
        {
            var normalized = userName.ToUpperInvariant();
            var report = await db.Reports.WithContent().SingleAsync(r => r.Id == reportId);
            var user = await db.Users.SingleAsync(u => u.NormalizedUserName == normalized);
            change(report, new Actor(user.Id, user.FullName), factory.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// Has the reviewer return the agency's current report and its head submit it again with one line repeating last
    /// quarter's results (a figure added) and every other line new; returns both reports and the copied line's assignment.
    /// </summary>
    public static async Task<(int Current, int Previous, int AssignmentId)> SubmitWithLineCopiedFromLastQuarterAsync(this DanVanFactory factory, string agencyCode, string reviewer, string head)
    {
        var current = await factory.ReportIdAsync(agencyCode, CurrentQuarter);
        var previous = await factory.ReportIdAsync(agencyCode, LastQuarter);
        var (assignmentId, lastResults) = await factory.QueryAsync(db => db.ReportLines
            .Where(l => l.ReportId == previous && l.Results != null && l.Results.Length > 40)
            .Select(l => new ValueTuple<int, string>(l.AssignmentId, l.Results!)).FirstAsync());
        await factory.ChangeAsync(current, reviewer, (report, actor, now) => report.Return(actor, "Bổ sung kết quả.", now));
        await factory.ChangeAsync(current, head, (report, actor, now) =>
        {
            foreach (var line in report.Lines)
            {
                var results = line.AssignmentId == assignmentId ? lastResults + " 1" : $"Kết quả mới riêng của quý này cho dòng {line.Id}, khác hẳn quý trước.";
                report.UpdateLine(line, TaskProgress.InProgress, 60, null, results, line.Difficulties, line.Proposals);
            }

            report.Submit(actor, now);
        });
        return (current, previous, assignmentId);
    }

    /// <summary>The ids of the reports in the review queue table, in the order shown.</summary>
    public static List<int> QueueIds(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=review-queue] tr[data-report]")
            .Select(row => int.Parse(row.GetAttribute("data-report")!, CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>Posts the queue's bulk-accept form with the given ids ticked, including ids a tampered form could add.</summary>
    public static Task<HttpResponseMessage> PostAcceptSelectedAsync(HttpClient client, HtmlPage queue, IEnumerable<int> ids)
    {
        var form = queue.Document.QuerySelector<IHtmlFormElement>("form[action*='handler=AcceptSelected']")
            ?? throw new InvalidOperationException("The queue has no bulk-accept form.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(ids.Select(id => new KeyValuePair<string, string>("selected", id.ToString(CultureInfo.InvariantCulture))));
        return client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }
}
