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
    /// <see cref="QuotesPerTask"/> passages of each kind from the submitted versions, the longest first: results of
    /// accepted reports, difficulties and proposals of reports submitted or accepted (a returned report's are left out
    /// until it is submitted again); and the first <see cref="ListSize"/> agencies whose report came late. A fixed number
    /// of grouped queries; only the columns shown are read, and quoted texts are cut in the database.
    /// </summary>
    public async Task<Narrative> NarrativeAsync(DashboardView view, ReportingFigures reporting, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var tasks = await db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Number, t.Title }).ToListAsync(ct);
        var assigned = (await AssignedAsync(view, ct)).GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
        var lines = (await LineGroupsAsync(view, ct)).ToLookup(g => g.TaskId);
        var highlights = await QuotesAsync(view, QuoteKind.Highlight, ct);
        var difficulties = await QuotesAsync(view, QuoteKind.Difficulty, ct);
        var proposals = await QuotesAsync(view, QuoteKind.Proposal, ct);
        var lateFacts = await Facts(view).Where(f => f.Submitted && f.IsLate)
            .Select(f => new { f.AgencyId, f.AgencyName, f.UnitId, SubmittedAtUtc = f.SubmittedAtUtc!.Value }).ToListAsync(ct);
        var vietnamese = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        var lateFirst = lateFacts.Select(f => new { f.AgencyId, f.AgencyName, f.SubmittedAtUtc, UnitName = view.Tree.Find(f.UnitId)?.Name ?? string.Empty })
            .OrderBy(f => f.UnitName, vietnamese).ThenBy(f => f.AgencyName, vietnamese).Take(ListSize).ToList();
        var lateIds = lateFirst.Select(f => f.AgencyId).ToList();
        var heads = await db.Agencies.AsNoTracking().Where(a => lateIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.HeadName, ct);
        var late = lateFirst.Select(f => new LateAgency(f.AgencyId, f.AgencyName, f.UnitName, heads.GetValueOrDefault(f.AgencyId), f.SubmittedAtUtc)).ToList();
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
            from f in Facts(view)
            join l in db.FactLines on f.Id equals l.FactId
            join x in db.FactTexts on l.Id equals x.LineId
            select new { f.AgencyName, l.TaskId, f.Status, x.Results, x.Difficulties, x.Proposals };
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
