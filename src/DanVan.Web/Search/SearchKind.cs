namespace DanVan.Web.Search;

/// <summary>What the portal's search finds, in the order its results are grouped.</summary>
public enum SearchKind
{
    Directives,
    Tasks,
    Agencies,
    Units,
    Users,
    Reports,
}

/// <summary>One thing found: what it is called, a line that places it, and the page that shows it (null when the user has none).</summary>
public sealed record SearchHit(string Title, string? Detail, string? Url);

/// <summary>A reporting period the report text may be searched in.</summary>
public sealed record SearchPeriod(int Id, string Name);

/// <summary>The period whose reports were searched and the periods the user may choose instead.</summary>
public sealed record SearchPeriods(SearchPeriod Chosen, IReadOnlyList<SearchPeriod> Choices);

/// <summary>The things of one kind found, a page of them, and how many there are in all; for reports, the period searched.</summary>
public sealed record SearchGroup(SearchKind Kind, int Total, IReadOnlyList<SearchHit> Hits, int PageNumber, int PageSize, SearchPeriods? Periods = null)
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public Paging.PagerModel Pager => new(PageNumber, TotalPages, Total, "p");
}
