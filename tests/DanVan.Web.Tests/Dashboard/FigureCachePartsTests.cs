using DanVan.Data.Facts;
using DanVan.Web.Dashboard;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// Rows kept by part: a later fact version reads again only the parts its changes name, and everything when it cannot
/// say which (a version without a record, a rewrite of the whole period, a kept version of 0).
/// </summary>
public sealed class FigureCachePartsTests
{
    private static readonly FactFilter City = new([7], 1, "/HN/", null, null, null);

    private readonly List<string> _reads = [];

    private readonly Dictionary<string, int> _values = new() { [""] = 1, ["HK"] = 10, ["BD"] = 100 };

    [Fact]
    public async Task The_same_version_answers_from_memory_and_a_later_one_reads_only_the_parts_changed()
    {
        using var cache = NewCache();

        Assert.Equal(111, Sum(await GetAsync(cache, 4, [])));
        Assert.Equal(111, Sum(await GetAsync(cache, 4, [])));
        _values["HK"] = 20;
        Assert.Equal(121, Sum(await GetAsync(cache, 5, ["HK"])));
        Assert.Equal(121, Sum(await GetAsync(cache, 6, [])));

        Assert.Equal(["all", "HK"], _reads);
    }

    [Fact]
    public async Task Everything_is_read_again_when_the_changes_cannot_say_which_parts_or_for_one_agency()
    {
        using var cache = NewCache();

        await GetAsync(cache, 4, []);
        await GetAsync(cache, 5, null);
        await GetAsync(cache, 5, [], City with { AgencyId = 12 });
        await GetAsync(cache, 0, []);
        await GetAsync(cache, 0, []);

        Assert.Equal(["all", "all", "all", "all", "all"], _reads);
    }

    [Fact]
    public async Task An_earlier_version_read_meanwhile_does_not_replace_a_later_one_kept()
    {
        using var cache = NewCache();

        await GetAsync(cache, 6, []);
        await GetAsync(cache, 5, []);
        await GetAsync(cache, 6, []);

        Assert.Equal(["all", "all"], _reads);
    }

    [Fact]
    public async Task Changed_paths_are_read_once_per_version_and_unknown_when_one_is_missing_or_whole()
    {
        using var cache = NewCache();
        var log = new Dictionary<long, string?> { [5] = "/HN/HK/HB/", [6] = string.Empty, [7] = "/HN/BD/PX/\n/HN/HK/HB/", [9] = null };
        var asked = new List<(long, long)>();
        Task<List<KeyValuePair<long, string?>>> Read(long since, long version)
        {
            asked.Add((since, version));
            return Task.FromResult(log.Where(c => c.Key > since && c.Key <= version).ToList());
        }

        Assert.Equal(["/HN/HK/HB/"], await cache.ChangedPathsAsync(7, 4, 6, Read));
        Assert.Equal(["/HN/HK/HB/", "/HN/BD/PX/"], await cache.ChangedPathsAsync(7, 4, 7, Read));
        Assert.Equal(["/HN/HK/HB/", "/HN/BD/PX/"], await cache.ChangedPathsAsync(7, 4, 7, Read));
        Assert.Null(await cache.ChangedPathsAsync(7, 7, 8, Read));
        Assert.Null(await cache.ChangedPathsAsync(7, 7, 9, Read));
        Assert.Null(await cache.ChangedPathsAsync(7, 0, 5, Read));
        Assert.Null(await cache.ChangedPathsAsync(7, 5, 5, Read));

        Assert.Equal([(4, 6), (4, 7), (7, 8), (7, 9)], asked);
    }

    [Fact]
    public void Paths_fall_in_the_viewed_units_child_its_own_agencies_or_outside_the_view()
    {
        Assert.Equal(
            ["HK", "", "BD"],
            FactChangeLog.PartsUnder("/HN/", ["/HN/HK/HB/", "/HN/", "/HN/BD/", "/HN/HK/", "/VN/", "/HNX/"]));
    }

    private static FigureCache NewCache() => new(Options.Create(new FigureCacheOptions()));

    private static int Sum(IReadOnlyList<KeyValuePair<string, int>> rows) => rows.Sum(r => r.Value);

    private Task<IReadOnlyList<KeyValuePair<string, int>>> GetAsync(FigureCache cache, long version, string[]? changed, FactFilter? filter = null) =>
        cache.GetOrRefreshAsync(
            "q",
            filter ?? City,
            version,
            parts =>
            {
                _reads.Add(parts is null ? "all" : string.Join(",", parts.Order()));
                return Task.FromResult(_values.Where(v => parts is null || parts.Contains(v.Key)).ToList());
            },
            r => r.Key,
            _ => Task.FromResult<IReadOnlySet<string>?>(changed?.ToHashSet()));
}
