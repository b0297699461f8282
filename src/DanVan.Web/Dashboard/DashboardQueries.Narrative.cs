using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Dashboard;

public sealed partial class DashboardQueries
{
    /// <summary>How many results are quoted per task (the longest of the accepted reports); the rest are counted.</summary>
    public const int QuotesPerTask = 3;

    /// <summary>Quoted results longer than this are cut at a word boundary and end with "…": the report quotes briefly.</summary>
    public const int QuoteLength = 300;

    /// <summary>How much of a difficulty or proposal is read to group it with the others alike: enough to tell them apart, bounded.</summary>
    public const int RaisedLength = 300;

    /// <summary>
    /// The tasks assigned in the view (or reported on), each with its line counts by status and up to
    /// <see cref="QuotesPerTask"/> results of accepted reports, the longest first; the difficulties and proposals of the
    /// reports submitted or accepted (a returned report's are left out until it is submitted again), grouped by
    /// <see cref="RaisedGroups"/>; and every agency whose report came late. A fixed number of grouped queries; only the
    /// columns shown are read. The quotes and the groups are kept in the <see cref="FigureCache"/> like the counts.
    /// </summary>
    public async Task<Narrative> NarrativeAsync(DashboardView view, ReportingFigures reporting, CancellationToken ct)
    {
        var difficulties = await RaisedAsync(view, RaisedKind.Difficulty, ct);
        var proposals = await RaisedAsync(view, RaisedKind.Proposal, ct);
        return await NarrativeAsync(view, reporting, Task.FromResult(difficulties), Task.FromResult(proposals), ct);
    }

    /// <summary>The narrative with its difficulties and proposals gathered elsewhere (on other connections, at the same time).</summary>
    public async Task<Narrative> NarrativeAsync(DashboardView view, ReportingFigures reporting, Task<RaisedSummary> difficulties, Task<RaisedSummary> proposals, CancellationToken ct)
    {
        var directiveId = view.Directive.Id;
        var tasks = await db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Number, t.Title }).ToListAsync(ct);
        var assigned = (await AssignedAsync(view, ct)).GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
        var lines = (await LineGroupsAsync(view, ct)).ToLookup(g => g.TaskId);
        var highlights = await HighlightsAsync(view, ct);
        var lateFacts = await Facts(view).Where(f => f.Submitted && f.IsLate)
            .Select(f => new { f.AgencyId, f.AgencyName, f.UnitId, SubmittedAtUtc = f.SubmittedAtUtc!.Value }).ToListAsync(ct);
        var vietnamese = DanVan.Web.Localization.VietnameseOrder.Names;
        var lateFirst = lateFacts.Select(f => new { f.AgencyId, f.AgencyName, f.SubmittedAtUtc, UnitName = view.Tree.Find(f.UnitId)?.Name ?? string.Empty })
            .OrderBy(f => f.UnitName, vietnamese).ThenBy(f => f.AgencyName, vietnamese).Take(ExportListSize).ToList();
        var lateIds = lateFirst.Select(f => f.AgencyId).ToList();
        var heads = await db.Agencies.AsNoTracking().Where(a => lateIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.HeadName, ct);
        var late = lateFirst.Select(f => new LateAgency(f.AgencyId, f.AgencyName, f.UnitName, heads.GetValueOrDefault(f.AgencyId), f.SubmittedAtUtc)).ToList();
        var narratives = tasks.Where(t => assigned.ContainsKey(t.Id) || lines.Contains(t.Id)).Select(t => new TaskNarrative(
            t.Id,
            t.Number,
            t.Title,
            assigned.GetValueOrDefault(t.Id),
            new TaskStatusCounts(lines[t.Id].GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count))),
            highlights.GetValueOrDefault(t.Id) ?? new Capped<Quote>([], 0))).ToList();
        return new Narrative(narratives, new Capped<LateAgency>(late, reporting.Total.Late), await difficulties, await proposals);
    }

    /// <summary>
    /// Per task, the longest results of accepted reports (ties by agency name) and how many there are: one ranking query
    /// on the lines' stored text lengths (no text read), then one query for the chosen texts, cut in the database.
    /// </summary>
    private async Task<Dictionary<int, Capped<Quote>>> HighlightsAsync(DashboardView view, CancellationToken ct) =>
        (await GroupedAsync(nameof(HighlightsAsync), view, [view.Period.Id], () => ReadHighlightsAsync(view, ct), h => h.Quotes.Items.Count + 1))
            .ToDictionary(h => h.TaskId, h => h.Quotes);

    private async Task<List<TaskHighlights>> ReadHighlightsAsync(DashboardView view, CancellationToken ct)
    {
        var ranked = await Lines(view).Where(l => l.Status == ReportStatus.Accepted && l.ResultsLength > 0)
            .Select(l => new QuoteRow { LineId = l.Id, TaskId = l.TaskId, AgencyName = l.AgencyName, Length = l.ResultsLength })
            .GroupBy(r => r.TaskId)
            .Select(g => new
            {
                TaskId = g.Key,
                Total = g.Count(),
                Top = g.OrderByDescending(r => r.Length).ThenBy(r => r.AgencyName)
                    .Select(r => new RankedLine(r.LineId, r.AgencyName)).Take(QuotesPerTask).ToList(),
            })
            .ToListAsync(ct);
        var ids = ranked.SelectMany(r => r.Top).Select(q => q.LineId).Distinct().ToList();
        var texts = await db.FactTexts.AsNoTracking().Where(t => ids.Contains(t.LineId))
            .Select(t => new { t.LineId, Results = t.Results!.Substring(0, QuoteLength + 1) })
            .ToDictionaryAsync(t => t.LineId, t => t.Results ?? string.Empty, ct);
        return ranked.Select(r => new TaskHighlights(
            r.TaskId,
            new Capped<Quote>(r.Top.Select(q => new Quote(q.AgencyName, Shorten(texts.GetValueOrDefault(q.LineId) ?? string.Empty))).ToList(), r.Total))).ToList();
    }

    /// <summary>The difficulties (or proposals) of the submitted and accepted reports grouped by <see cref="RaisedGroups"/>; only the groups are kept, never the texts.</summary>
    public async Task<RaisedSummary> RaisedAsync(DashboardView view, RaisedKind kind, CancellationToken ct) =>
        (await GroupedAsync<RaisedSummary>($"Raised{kind}", view, [view.Period.Id], async () => [RaisedGroups.Of(await RaisedTextsAsync(view, kind, ct))], s => s.Groups.Count + 1))[0];

    /// <summary>Every difficulty (or proposal) of the submitted and accepted reports, cut to <see cref="RaisedLength"/>, in a stable order.</summary>
    private async Task<List<RaisedText>> RaisedTextsAsync(DashboardView view, RaisedKind kind, CancellationToken ct)
    {
        var reviewed = Lines(view).Where(l => l.Status == ReportStatus.Submitted || l.Status == ReportStatus.Accepted);
        var rows = kind == RaisedKind.Difficulty
            ? from l in reviewed.Where(l => l.DifficultiesLength > 0)
              join t in db.FactTexts on l.Id equals t.LineId
              select new RaisedText(l.AgencyId, l.AgencyName, l.TaskId, t.Difficulties!.Substring(0, RaisedLength))
            : from l in reviewed.Where(l => l.ProposalsLength > 0)
              join t in db.FactTexts on l.Id equals t.LineId
              select new RaisedText(l.AgencyId, l.AgencyName, l.TaskId, t.Proposals!.Substring(0, RaisedLength));
        return (await rows.ToListAsync(ct)).OrderBy(r => r.AgencyId).ThenBy(r => r.TaskId).ThenBy(r => r.Text, StringComparer.Ordinal).ToList();
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
        public long LineId { get; init; }

        public int TaskId { get; init; }

        public string AgencyName { get; init; } = string.Empty;

        public int Length { get; init; }
    }

    private sealed record RankedLine(long LineId, string AgencyName);

    private sealed record TaskHighlights(int TaskId, Capped<Quote> Quotes);
}
