using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Paging;

/// <summary>One page of a list, counted and fetched in the database.</summary>
public sealed class PagedList<T>
{
    public const int DefaultPageSize = 20;

    private PagedList(IReadOnlyList<T> items, int pageNumber, int pageSize, int totalCount)
    {
        Items = items;
        PageNumber = pageNumber;
        PageSize = pageSize;
        TotalCount = totalCount;
    }

    public IReadOnlyList<T> Items { get; }

    public int PageNumber { get; }

    public int PageSize { get; }

    public int TotalCount { get; }

    public int TotalPages => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < TotalPages;

    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> source, int? pageNumber, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var total = await source.CountAsync(cancellationToken);
        var totalPages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(pageNumber ?? 1, 1, totalPages);
        var items = await source.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>One page of a list already in memory (e.g. rows aggregated in the database, one per unit).</summary>
    public static PagedList<T> Of(IReadOnlyList<T> all, int? pageNumber, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(all);
        var totalPages = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(pageNumber ?? 1, 1, totalPages);
        return new PagedList<T>(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);
    }

    /// <summary>The same page with each item mapped (e.g. entities to the rows a page shows).</summary>
    public PagedList<TResult> Map<TResult>(Func<T, TResult> map) => new(Items.Select(map).ToList(), PageNumber, PageSize, TotalCount);

    public PagerModel Pager(string pageParameter = "p") => new(PageNumber, TotalPages, TotalCount, pageParameter);
}

/// <summary>What the _Pager partial needs to draw page links that keep the rest of the query string.</summary>
public sealed record PagerModel(int PageNumber, int TotalPages, int TotalCount, string PageParameter);
