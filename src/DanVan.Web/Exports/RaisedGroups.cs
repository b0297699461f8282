using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Dashboard;
using DanVan.Web.Localization;

namespace DanVan.Web.Exports;

/// <summary>A difficulty or proposal as the report prints it once: the text, and the agencies that raised it or one alike.</summary>
public sealed record RaisedGroup(string Text, IReadOnlyList<string> Agencies);

/// <summary>
/// The difficulties (or proposals) of a period grouped for the report: <see cref="Groups"/> the largest first, at most
/// <see cref="RaisedGroups.Shown"/>; what is left beyond them counted in <see cref="OtherTexts"/> texts from
/// <see cref="OtherAgencies"/> agencies.
/// </summary>
public sealed record RaisedSummary(int Texts, int Agencies, IReadOnlyList<RaisedGroup> Groups, int OtherTexts, int OtherAgencies);

/// <summary>
/// Groups near-identical texts so that the report prints each once with the number of agencies that raised it. Texts are
/// first grouped exactly by the one Vietnamese folding rule (<see cref="SearchText.Fold"/>: case, diacritics, tone
/// placement, spaces; trailing punctuation dropped), in one pass. The <see cref="Compared"/> largest of those groups are
/// then merged when their words are at least <see cref="NearIdentical"/> alike (<see cref="TextSimilarity"/>), each
/// compared with the leaders of the groups formed so far: at most <see cref="Compared"/>² / 2 comparisons of texts read
/// to <see cref="DashboardQueries.RaisedLength"/> characters, whatever the number of reports.
/// </summary>
public static class RaisedGroups
{
    /// <summary>From this score on two texts are the same difficulty or proposal worded slightly differently.</summary>
    public const double NearIdentical = 0.8;

    /// <summary>How many exact groups, the largest, are compared with each other for near-identical wording.</summary>
    public const int Compared = 120;

    /// <summary>How many groups the report prints; the rest are counted.</summary>
    public const int Shown = 12;

    public static RaisedSummary Of(IReadOnlyList<RaisedText> raised)
    {
        var exact = new Dictionary<string, Bucket>(StringComparer.Ordinal);
        foreach (var text in raised)
        {
            var key = SearchText.Fold(text.Text).TrimEnd('.', ';', ',', ' ', '…');
            if (key.Length == 0)
            {
                continue;
            }

            if (!exact.TryGetValue(key, out var bucket))
            {
                bucket = new Bucket(key, Whole(text.Text.Trim()));
                exact.Add(key, bucket);
            }

            bucket.Agencies.TryAdd(text.AgencyId, text.AgencyName);
        }

        var clusters = new List<Bucket>();
        var ordered = exact.Values.OrderByDescending(b => b.Agencies.Count).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();
        foreach (var bucket in ordered.Take(Compared))
        {
            var words = TextSimilarity.Words(bucket.Key);
            var leader = clusters.Find(c => Alike(c.Words!, words));
            if (leader is null)
            {
                bucket.Words = words;
                clusters.Add(bucket);
            }
            else
            {
                foreach (var (id, name) in bucket.Agencies)
                {
                    leader.Agencies.TryAdd(id, name);
                }
            }
        }

        clusters.AddRange(ordered.Skip(Compared));
        var largest = clusters.OrderByDescending(c => c.Agencies.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var others = largest.Skip(Shown).ToList();
        var groups = largest.Take(Shown)
            .Select(c => new RaisedGroup(c.Text, c.Agencies.Values.Order(VietnameseOrder.Names).ToList()))
            .ToList();
        return new RaisedSummary(
            raised.Count,
            raised.Select(r => r.AgencyId).Distinct().Count(),
            groups,
            others.Count,
            others.SelectMany(o => o.Agencies.Keys).Distinct().Count());
    }

    /// <summary>A text the database cut at <see cref="DashboardQueries.RaisedLength"/> ends at a word boundary with "…".</summary>
    private static string Whole(string text)
    {
        if (text.Length < DashboardQueries.RaisedLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ');
        return string.Concat(text.AsSpan(0, cut > text.Length / 2 ? cut : text.Length).TrimEnd(), "…");
    }

    /// <summary>Near-identical wording; texts whose lengths differ too much for the score to reach the threshold are not scored.</summary>
    private static bool Alike(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (shorter, longer) = a.Count < b.Count ? (a.Count, b.Count) : (b.Count, a.Count);
        return 2.0 * shorter / (shorter + longer) >= NearIdentical && TextSimilarity.Score(a, b) >= NearIdentical;
    }

    /// <summary>Texts that fold alike: the first wording met, and the agencies (id to name) that raised any of them.</summary>
    private sealed class Bucket(string key, string text)
    {
        public string Key { get; } = key;

        public string Text { get; } = text;

        public Dictionary<int, string> Agencies { get; } = [];

        public IReadOnlyList<string>? Words { get; set; }
    }
}
