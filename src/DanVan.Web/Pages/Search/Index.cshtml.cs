using DanVan.Web.Localization;
using DanVan.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Search;

/// <summary>
/// The header's search: with no kind chosen, the first few results of every kind the user may search with their counts;
/// with a kind, that kind a page at a time. Too short a text is a message, not a search of everything.
/// </summary>
public sealed class IndexModel(PortalSearch search, IStringLocalizer<SharedResource> l) : PageModel
{
    public string? Query { get; private set; }

    public SearchKind? Kind { get; private set; }

    /// <summary>Why the text was not searched, in the user's language.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    /// <summary>The period whose reports were searched, and the others to choose from; null when reports were not searched.</summary>
    public SearchPeriods? ReportPeriods => Groups.Select(g => g.Periods).FirstOrDefault(p => p is not null);

    public async Task OnGetAsync(string? q, SearchKind? kind, int? period, int? p, CancellationToken ct)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim().Normalize();
        if (Query is null)
        {
            return;
        }

        if (Query.Length > Domain.SearchText.Length || !PortalSearch.IsSearchable(Query))
        {
            Problem = Query.Length > Domain.SearchText.Length
                ? l["Search for at most {0} characters.", Domain.SearchText.Length]
                : l["Type at least {0} letters to search.", PortalSearch.MinimumLength];
            return;
        }

        var kinds = await search.KindsAsync(User);
        Kind = kind is { } k && kinds.Contains(k) ? k : null;
        Groups = Kind is { } chosen
            ? [await search.FindAsync(User, Query, chosen, period, p, PortalSearch.PageSize, ct)]
            : await search.OverviewAsync(User, Query, period, ct);
    }
}
