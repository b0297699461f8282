using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>How many passages of each kind are quoted per task; the rest are counted.</summary>
    public const int QuotesPerTask = 5;

    /// <summary>Quoted passages longer than this are cut at a word boundary and end with "…".</summary>
    public const int QuoteLength = 600;

    /// <summary>
    /// The tasks assigned in the view (or reported on), each with its line counts by status and up to
    /// <see cref="QuotesPerTask"/> passages of each kind, the longest first: results of accepted reports, difficulties and
    /// proposals of submitted or accepted reports (a returned report's lines may hold edits not yet submitted, so they
    /// are left out); and the first <see cref="ListSize"/> agencies whose report came late. A fixed number of grouped
    /// queries; only the columns shown are read, and quoted texts are cut in the database.
    /// </summary>
    public async Task<Narrative> NarrativeAsync(DashboardView view, ReportingFigures reporting, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var tasks = await db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Number, t.Title }).ToListAsync(ct);
        var assigned = await (
            from a in ExpectedAgencies(view)
            join s in db.Assignments.Where(s => s.Task!.DirectiveId == directiveId) on a.Id equals s.AgencyId
            group s by s.TaskId into g
            select new { TaskId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TaskId, g => g.Count, ct);
        var lines = (await LineGroupsAsync(view, ct)).ToLookup(g => g.TaskId);
        var highlights = await QuotesAsync(view, QuoteKind.Highlight, ct);
        var difficulties = await QuotesAsync(view, QuoteKind.Difficulty, ct);
        var proposals = await QuotesAsync(view, QuoteKind.Proposal, ct);
        var periodId = view.Period.Id;
        var late = await (
            from a in ExpectedAgencies(view)
            join r in db.Reports on a.Id equals r.AgencyId
            where r.PeriodId == periodId && r.Version >= 1 && r.IsLate
            join g in db.Agencies on a.Id equals g.Id
            orderby g.Unit!.Name, g.Name
            select new LateAgency(g.Id, g.Name, g.Unit!.Name, g.HeadName, r.SubmittedAtUtc!.Value)).Take(ListSize).ToListAsync(ct);
        Capped<Quote> Of(Dictionary<int, Capped<Quote>> quotes, int taskId) => quotes.GetValueOrDefault(taskId) ?? new Capped<Quote>([], 0);
        var narratives = tasks.Where(t => assigned.ContainsKey(t.Id) || lines.Contains(t.Id)).Select(t => new TaskNarrative(
            t.Id,
            t.Number,
            t.Title,
            assigned.GetValueOrDefault(t.Id),
            new TaskStatusCounts(lines[t.Id].GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count))),
            Of(highlights, t.Id),
            Of(difficulties, t.Id),
            Of(proposals, t.Id))).ToList();
        return new Narrative(narratives, new Capped<LateAgency>(late, reporting.Total.Late));
    }

    /// <summary>Per task, the longest passages of one kind (ties by agency name) and how many there are, in one query.</summary>
    private async Task<Dictionary<int, Capped<Quote>>> QuotesAsync(DashboardView view, QuoteKind kind, CancellationToken ct)
    {
        var lines =
            from a in ExpectedAgencies(view)
            join l in SubmittedLines(view, view.Period.Id) on a.Id equals l.Report!.AgencyId
            select new { AgencyName = a.Name, l.Assignment!.TaskId, l.Report!.Status, l.Results, l.Difficulties, l.Proposals };
        var rows = kind switch
        {
            QuoteKind.Highlight => lines.Where(x => x.Status == ReportStatus.Accepted)
                .Select(x => new QuoteRow { TaskId = x.TaskId, AgencyName = x.AgencyName, Text = x.Results }),
            QuoteKind.Difficulty => lines.Where(x => x.Status == ReportStatus.Submitted || x.Status == ReportStatus.Accepted)
                .Select(x => new QuoteRow { TaskId = x.TaskId, AgencyName = x.AgencyName, Text = x.Difficulties }),
            _ => lines.Where(x => x.Status == ReportStatus.Submitted || x.Status == ReportStatus.Accepted)
                .Select(x => new QuoteRow { TaskId = x.TaskId, AgencyName = x.AgencyName, Text = x.Proposals }),
        };
        var groups = await rows.Where(r => r.Text != null && r.Text != string.Empty)
            .GroupBy(r => r.TaskId)
            .Select(g => new
            {
                TaskId = g.Key,
                Total = g.Count(),
                Top = g.OrderByDescending(r => r.Text!.Length).ThenBy(r => r.AgencyName)
                    .Select(r => new { r.AgencyName, Text = r.Text!.Substring(0, QuoteLength + 1) })
                    .Take(QuotesPerTask).ToList(),
            })
            .ToListAsync(ct);
        return groups.ToDictionary(g => g.TaskId, g => new Capped<Quote>(g.Top.Select(q => new Quote(q.AgencyName, Shorten(q.Text))).ToList(), g.Total));
    }

    private static string Shorten(string text)
    {
        if (text.Length <= QuoteLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', QuoteLength - 1);
        return string.Concat(text.AsSpan(0, cut > QuoteLength / 2 ? cut : QuoteLength).TrimEnd(), "…");
    }

    private sealed class QuoteRow
    {
        public int TaskId { get; init; }

        public string AgencyName { get; init; } = string.Empty;

        public string? Text { get; init; }
    }
}
