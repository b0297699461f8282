using System.Security.Claims;
using DanVan.Domain;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Search;

/// <summary>
/// Reports of one period whose lines say the searched words, within the user's scope (the rule by which a report may be
/// read), by agency. One period at a time, the latest begun unless another is chosen: a contains-search reads every line
/// it searches (no index serves it), so it reads one quarter's lines (about 18,000 for the whole city, tens of
/// milliseconds) rather than every quarter's (about 280,000 after five years, over a second).
/// </summary>
public sealed partial class PortalSearch
{
    /// <summary>The longest excerpt shown under a report found.</summary>
    public const int ExcerptLength = 200;

    private async Task<SearchGroup> ReportsAsync(ClaimsPrincipal user, string text, string pattern, int? periodId, int? page, int pageSize, CancellationToken ct)
    {
        var today = Hanoi.Today(clock);
        var periods = (await db.Periods.AsNoTracking().ToListAsync(ct))
            .OrderByDescending(p => p.DataFrom <= today).ThenByDescending(p => p.DataFrom).ThenBy(p => p.Kind).ToList();
        var chosen = periods.Find(p => p.Id == periodId) ?? periods.FirstOrDefault();
        if (chosen is null)
        {
            return new SearchGroup(SearchKind.Reports, 0, [], 1, pageSize);
        }

        var choices = new SearchPeriods(new SearchPeriod(chosen.Id, l.PeriodName(chosen)), periods.Select(p => new SearchPeriod(p.Id, l.PeriodName(p))).ToList());
        var chosenId = chosen.Id;
        var reports = db.Reports.AsNoTracking().Where(r => r.PeriodId == chosenId).Where(user.GetScope().ReportFilter)
            .Where(r => r.Lines.Any(line => EF.Functions.Like(line.SearchText!, pattern, TextSearch.Escape)));
        var total = await reports.CountAsync(ct);
        var totalPages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var number = Math.Clamp(page ?? 1, 1, totalPages);
        var rows = await reports.OrderBy(r => r.Agency!.SearchName).ThenBy(r => r.Id)
            .Skip((number - 1) * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.Id,
                Agency = r.Agency!.Name,
                r.Status,
                Lines = r.Lines.OrderBy(line => line.Id).Select(line => new[] { line.Results, line.Difficulties, line.Proposals }).ToList(),
            })
            .ToListAsync(ct);
        var folded = SearchText.Fold(text);
        var hits = rows.Select(r => new SearchHit(
            r.Agency,
            $"{choices.Chosen.Name} · {l.Label(r.Status)} · {Excerpt(r.Lines.SelectMany(parts => parts), folded)}",
            "/Reports/Details/" + r.Id)).ToList();
        return new SearchGroup(SearchKind.Reports, total, hits, number, pageSize, choices);
    }

    /// <summary>The first sentence of the texts that contains the folded words, cut to <see cref="ExcerptLength"/>.</summary>
    public static string Excerpt(IEnumerable<string?> texts, string folded)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var sentence = texts.OfType<string>()
            .SelectMany(t => t.Split(['.', ';', '\n', '!', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .FirstOrDefault(s => SearchText.FoldText(s).Contains(folded, StringComparison.Ordinal)) ?? string.Empty;
        return sentence.Length <= ExcerptLength ? sentence : string.Concat(sentence.AsSpan(0, ExcerptLength - 1), "…");
    }
}
