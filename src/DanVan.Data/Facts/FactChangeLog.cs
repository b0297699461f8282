using DanVan.Domain.Reporting.Facts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Facts;

/// <summary>
/// Reads what a period's fact versions rewrote (<see cref="ReportingFactChange"/>), so that figures kept at an earlier
/// version are read again only where the facts changed.
/// </summary>
public static class FactChangeLog
{
    /// <summary>The changes recorded for the versions after <paramref name="since"/> up to <paramref name="version"/>: version and paths (null for the whole period).</summary>
    public static Task<List<KeyValuePair<long, string?>>> ReadAsync(DanVanDbContext db, int periodId, long since, long version, CancellationToken ct) =>
        Since(db, periodId, since, version).ToListAsync(ct);

    /// <summary>The query of <see cref="ReadAsync"/>: a range of the primary key.</summary>
    public static IQueryable<KeyValuePair<long, string?>> Since(DanVanDbContext db, int periodId, long since, long version) =>
        db.FactChanges.AsNoTracking()
            .Where(c => c.PeriodId == periodId && c.Version > since && c.Version <= version)
            .Select(c => new KeyValuePair<long, string?>(c.Version, c.UnitPaths));

    /// <summary>
    /// The parts of the view at <paramref name="viewPath"/> that the paths fall in: the code of the viewed unit's child
    /// whose subtree holds the path, "" for the viewed unit's own agencies; paths outside the view are not in it.
    /// </summary>
    public static IReadOnlySet<string> PartsUnder(string viewPath, IEnumerable<string> paths) =>
        paths.Where(p => p.StartsWith(viewPath, StringComparison.Ordinal))
            .Select(p => PeriodTree.PartUnder(viewPath, p))
            .ToHashSet(StringComparer.Ordinal);
}
