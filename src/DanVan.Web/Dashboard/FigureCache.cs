using System.Globalization;
using DanVan.Data.Facts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Dashboard;

/// <summary>How many grouped read-model rows an instance keeps (<c>Dashboard:FigureCacheRows</c>); 0 keeps none.</summary>
public sealed class FigureCacheOptions
{
    public const string Section = "Dashboard";

    public int FigureCacheRows { get; set; } = 200_000;
}

/// <summary>
/// The grouped rows the dashboard's heaviest queries return (reporting counts, line counts, indicator sums), and the
/// consolidated report's (the quoted results, the grouped difficulties and proposals), kept per
/// instance under a key that holds the view's filter and the <see cref="Domain.Reporting.Facts.ReportingFactVersion"/>
/// of each period read, which the view read before any figure. A rewrite of a period's facts raises its version in the
/// same transaction, so the next view, on any instance, asks for another key and reads the database again: a figure is
/// never older than the version its request read. Views narrowed to one agency are cheap and are not kept. The period's
/// tree is kept the same way (<see cref="TreeAsync"/>). Figures that are not read-model groups (today's names, titles,
/// lists) are always read.
/// </summary>
public sealed class FigureCache(IOptions<FigureCacheOptions> options) : IDisposable
{
    /// <summary>
    /// A full cache compacts on the next addition; every change of a period leaves its old rows to be evicted. Compacting a
    /// quarter of the rows at once rather than the default 5 % made the city dashboard's first view after a change 13 ms
    /// faster at p50 on the pre-2025 structure (bench, 2026-12-07), the compactions competing less with the requests.
    /// </summary>
    internal const double CompactionShare = 0.25;

    private readonly MemoryCache? _cache = options.Value.FigureCacheRows > 0
        ? new(new MemoryCacheOptions { SizeLimit = options.Value.FigureCacheRows, CompactionPercentage = CompactionShare })
        : null;

    /// <summary>
    /// The rows kept under the query, the filter and the versions, else those <paramref name="read"/> returns, then kept;
    /// each row counts as one towards the limit, or as <paramref name="weight"/> says when a row holds several (a summary
    /// of groups).
    /// </summary>
    public async Task<IReadOnlyList<T>> GetOrReadAsync<T>(string query, FactFilter filter, IReadOnlyDictionary<int, long> versions, Func<Task<List<T>>> read, Func<T, int>? weight = null)
    {
        if (_cache is null || filter.AgencyId is not null)
        {
            return await read();
        }

        return await GetOrAddAsync<IReadOnlyList<T>>(
            _cache,
            Key(query, filter, versions),
            async () => (await read()).AsReadOnly(),
            rows => weight is null ? rows.Count : rows.Sum(weight));
    }

    /// <summary>
    /// The rows of a view over one period kept by part (the viewed unit's child whose subtree holds them, "" for its own
    /// agencies, as <paramref name="partOf"/> says) with the version they were read at. The same version answers from
    /// memory; a later one asks <paramref name="changedParts"/> which parts the versions since rewrote (null when it cannot
    /// say: a version without its <see cref="Domain.Reporting.Facts.ReportingFactChange"/>, a rewrite of the whole period)
    /// and reads only those again (<paramref name="read"/> with the parts; null reads them all). A part not rewritten since
    /// the kept version is the same at the new one, so the rows are those of the version the request read, or newer.
    /// </summary>
    public async Task<IReadOnlyList<T>> GetOrRefreshAsync<T>(
        string query, FactFilter filter, long version, Func<IReadOnlySet<string>?, Task<List<T>>> read, Func<T, string> partOf, Func<long, Task<IReadOnlySet<string>?>> changedParts, Func<T, int>? weight = null)
    {
        if (_cache is null || filter.AgencyId is not null || version == 0)
        {
            return await read(null);
        }

        var key = "parts|" + Key(query, filter, new Dictionary<int, long>());
        if (_cache.TryGetValue(key, out Versioned<IReadOnlyList<T>>? kept) && kept is not null && kept.Version == version)
        {
            return kept.Value;
        }

        System.Collections.ObjectModel.ReadOnlyCollection<T> rows;
        if (kept is not null && kept.Version is > 0 && kept.Version < version && await changedParts(kept.Version) is { } parts)
        {
            var fresh = parts.Count == 0 ? [] : await read(parts);
            rows = kept.Value.Where(r => !parts.Contains(partOf(r))).Concat(fresh).ToList().AsReadOnly();
        }
        else
        {
            rows = (await read(null)).AsReadOnly();
        }

        Keep(_cache, key, new Versioned<IReadOnlyList<T>>(version, rows), weight is null ? rows.Count : rows.Sum(weight));
        return rows;
    }

    /// <summary>
    /// Rows of the catalogue a view starts from (the directives, the periods, units' names today), kept under the
    /// <see cref="Domain.Settings.CatalogueVersion"/> the request read before them: every change to them raises it in
    /// its transaction. Read every time when the version is unknown (null). Counts as one row.
    /// </summary>
    public async Task<T> CatalogueAsync<T>(string name, long? version, Func<Task<T>> read)
        where T : class
    {
        if (_cache is null || version is null)
        {
            return await read();
        }

        return await GetOrAddAsync(_cache, string.Create(CultureInfo.InvariantCulture, $"catalogue|{version}|{name}"), read, _ => 1);
    }

    /// <summary>
    /// The tree of a period's data cut-off, kept with the period's fact version it was read at: a save that changes a unit
    /// version rewrites the whole of every period whose cut-off it reaches and raises their versions in the same
    /// transaction, so a tree kept at an earlier version is still the tree when <paramref name="unchangedSince"/> says
    /// every version since rewrote only some agencies' facts. Counts as one row per unit; a period without a version (0)
    /// is read every time.
    /// </summary>
    public async Task<PeriodTree> TreeAsync(int periodId, long version, Func<Task<PeriodTree>> load, Func<long, Task<bool>> unchangedSince)
    {
        if (_cache is null || version == 0)
        {
            return await load();
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"tree|{periodId}");
        if (_cache.TryGetValue(key, out Versioned<PeriodTree>? kept) && kept is not null
            && (kept.Version == version || (kept.Version is > 0 && kept.Version < version && await unchangedSince(kept.Version))))
        {
            if (kept.Version != version)
            {
                Keep(_cache, key, kept with { Version = version }, kept.Value.Units.Count());
            }

            return kept.Value;
        }

        var tree = await load();
        Keep(_cache, key, new Versioned<PeriodTree>(version, tree), tree.Units.Count());
        return tree;
    }

    /// <summary>
    /// The unit paths the versions of a period after <paramref name="since"/> up to <paramref name="version"/> rewrote;
    /// null when one of them rewrote the whole period or has no record (kept no longer, or raised outside the writer).
    /// A version's change never changes once its version is read, so each is kept once read: the requests that follow a
    /// change (and the several connections of one) ask <paramref name="read"/> at most once for it.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ChangedPathsAsync(int periodId, long since, long version, Func<long, long, Task<List<KeyValuePair<long, string?>>>> read)
    {
        if (since <= 0 || since >= version || version - since > Domain.Reporting.Facts.ReportingFactChange.Kept)
        {
            return null;
        }

        var known = new Dictionary<long, ChangedPaths>();
        for (var v = since + 1; v <= version; v++)
        {
            if (_cache?.TryGetValue(ChangeKey(periodId, v), out ChangedPaths? kept) == true && kept is not null)
            {
                known[v] = kept;
            }
        }

        if (known.Count < version - since)
        {
            foreach (var (v, paths) in await read(since, version))
            {
                known[v] = new ChangedPaths(Domain.Reporting.Facts.ReportingFactChange.PathsOf(paths));
                _cache?.Set(ChangeKey(periodId, v), known[v], new MemoryCacheEntryOptions { Size = 1 });
            }
        }

        return known.Count == version - since && known.Values.All(c => c.Paths is not null)
            ? known.Values.SelectMany(c => c.Paths!).Distinct(StringComparer.Ordinal).ToList()
            : null;
    }

    public void Dispose() => _cache?.Dispose();

    private static string ChangeKey(int periodId, long version) => string.Create(CultureInfo.InvariantCulture, $"change|{periodId}:{version}");

    /// <summary>The value kept under the key, else the one <paramref name="read"/> returns, kept with the size <paramref name="size"/> gives it (at least 1).</summary>
    private static async Task<T> GetOrAddAsync<T>(MemoryCache cache, string key, Func<Task<T>> read, Func<T, int> size)
        where T : class
    {
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var value = await read();
        cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size(value)) });
        return value;
    }

    /// <summary>Keeps <paramref name="value"/> unless the key already holds a later version (read meanwhile by another request).</summary>
    private static void Keep<T>(MemoryCache cache, string key, Versioned<T> value, int size)
    {
        if (cache.TryGetValue(key, out Versioned<T>? kept) && kept is not null && kept.Version > value.Version)
        {
            return;
        }

        cache.Set(key, value, new MemoryCacheEntryOptions { Size = Math.Max(1, size) });
    }

    /// <summary>What one version rewrote: unit paths, or null for the whole period.</summary>
    private sealed record ChangedPaths(IReadOnlyList<string>? Paths);

    /// <summary>A value and the fact version it was read at.</summary>
    private sealed record Versioned<T>(long Version, T Value);

    /// <summary>The query, the filter and each period read with its version: any change of them is another key.</summary>
    internal static string Key(string query, FactFilter filter, IReadOnlyDictionary<int, long> versions) =>
        string.Join(
            '|',
            query,
            filter.DirectiveId.ToString(CultureInfo.InvariantCulture),
            filter.UnitPath,
            filter.Level?.ToString() ?? string.Empty,
            filter.Kind?.ToString() ?? string.Empty,
            string.Join(',', filter.PeriodIds.Order().Select(id => string.Create(CultureInfo.InvariantCulture, $"{id}:{versions.GetValueOrDefault(id)}"))));
}
