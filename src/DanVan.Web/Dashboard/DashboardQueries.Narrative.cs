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
        var quotes = await QuotesAsync(view, ct);
        var highlights = quotes[QuoteKind.Highlight];
        var difficulties = quotes[QuoteKind.Difficulty];
        var proposals = quotes[QuoteKind.Proposal];
        var lateFacts = await Facts(view).Where(f => f.Submitted && f.IsLate)
            .Select(f => new { f.AgencyId, f.AgencyName, f.UnitId, SubmittedAtUtc = f.SubmittedAtUtc!.Value }).ToListAsync(ct);
        var vietnamese = DanVan.Web.Localization.VietnameseOrder.Names;
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

    /// <summary>
    /// Per kind and task, the longest passages (ties by agency name) and how many there are: one ranking query per kind
    /// on the lines' stored text lengths (no text read), then one query for the chosen texts, cut in the database.
    /// </summary>
    private async Task<Dictionary<QuoteKind, Dictionary<int, Capped<Quote>>>> QuotesAsync(DashboardView view, CancellationToken ct)
    {
        var lines = Lines(view);
        var reviewed = lines.Where(l => l.Status == ReportStatus.Submitted || l.Status == ReportStatus.Accepted);
        var ranked = new Dictionary<QuoteKind, List<RankedQuotes>>
        {
            [QuoteKind.Highlight] = await RankAsync(lines.Where(l => l.Status == ReportStatus.Accepted && l.ResultsLength > 0)
                .Select(l => new QuoteRow { LineId = l.Id, TaskId = l.TaskId, AgencyName = l.AgencyName, Length = l.ResultsLength }), ct),
            [QuoteKind.Difficulty] = await RankAsync(reviewed.Where(l => l.DifficultiesLength > 0)
                .Select(l => new QuoteRow { LineId = l.Id, TaskId = l.TaskId, AgencyName = l.AgencyName, Length = l.DifficultiesLength }), ct),
            [QuoteKind.Proposal] = await RankAsync(reviewed.Where(l => l.ProposalsLength > 0)
                .Select(l => new QuoteRow { LineId = l.Id, TaskId = l.TaskId, AgencyName = l.AgencyName, Length = l.ProposalsLength }), ct),
        };
        var ids = ranked.Values.SelectMany(r => r).SelectMany(r => r.Top).Select(q => q.LineId).Distinct().ToList();
        var texts = await db.FactTexts.AsNoTracking().Where(t => ids.Contains(t.LineId))
            .Select(t => new
            {
                t.LineId,
                Results = t.Results!.Substring(0, QuoteLength + 1),
                Difficulties = t.Difficulties!.Substring(0, QuoteLength + 1),
                Proposals = t.Proposals!.Substring(0, QuoteLength + 1),
            })
            .ToDictionaryAsync(t => t.LineId, ct);
        string TextOf(QuoteKind kind, long lineId) => texts.GetValueOrDefault(lineId) is { } t
            ? (kind switch { QuoteKind.Highlight => t.Results, QuoteKind.Difficulty => t.Difficulties, _ => t.Proposals }) ?? string.Empty
            : string.Empty;
        return ranked.ToDictionary(k => k.Key, k => k.Value.ToDictionary(
            r => r.TaskId,
            r => new Capped<Quote>(r.Top.Select(q => new Quote(q.AgencyName, Shorten(TextOf(k.Key, q.LineId)))).ToList(), r.Total)));
    }

    private static async Task<List<RankedQuotes>> RankAsync(IQueryable<QuoteRow> rows, CancellationToken ct) =>
        (await rows.GroupBy(r => r.TaskId)
            .Select(g => new
            {
                TaskId = g.Key,
                Total = g.Count(),
                Top = g.OrderByDescending(r => r.Length).ThenBy(r => r.AgencyName)
                    .Select(r => new RankedLine(r.LineId, r.AgencyName)).Take(QuotesPerTask).ToList(),
            })
            .ToListAsync(ct))
        .Select(g => new RankedQuotes(g.TaskId, g.Total, g.Top))
        .ToList();

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
        public long LineId { get; init; }

        public int TaskId { get; init; }

        public string AgencyName { get; init; } = string.Empty;

        public int Length { get; init; }
    }

    private sealed record RankedLine(long LineId, string AgencyName);

    private sealed record RankedQuotes(int TaskId, int Total, List<RankedLine> Top);
}
