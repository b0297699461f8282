using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Localization;

namespace DanVan.Web.Dashboard;

/// <summary>
/// A difficulty or proposal as the report prints it once: the text, how many agencies raised it or one alike, and the
/// first <see cref="RaisedGroups.Named"/> of them in Vietnamese order.
/// </summary>
public sealed record RaisedGroup(string Text, int Agencies, IReadOnlyList<string> Named);

/// <summary>
/// The difficulties (or proposals) of a period grouped for the report: <see cref="Groups"/> the largest first, at most
/// <see cref="RaisedGroups.Shown"/>; what is left beyond them counted in <see cref="OtherTexts"/> texts from
/// <see cref="OtherAgencies"/> agencies.
/// </summary>
public sealed record RaisedSummary(int Texts, int Agencies, IReadOnlyList<RaisedGroup> Groups, int OtherTexts, int OtherAgencies);

/// <summary>
/// Groups near-identical texts so that the report prints each once with the number of agencies that raised it, in
/// bounded time whatever the number of reports: texts are first grouped by their exact wording (one hash per text); the
/// <see cref="Folded"/> most raised wordings are grouped by the one Vietnamese folding rule (<see cref="SearchText.Fold"/>:
/// case, diacritics, tone placement, spaces; trailing punctuation dropped); the <see cref="Compared"/> largest of those
/// groups are merged when their words are at least <see cref="NearIdentical"/> alike (<see cref="TextSimilarity"/>), each
/// compared with the leaders of the groups formed so far (at most <see cref="Compared"/>² / 2 comparisons of texts read
/// to <see cref="DashboardQueries.RaisedLength"/> characters). What is not printed is counted.
/// </summary>
public static class RaisedGroups
{
    /// <summary>From this score on two texts are the same difficulty or proposal worded slightly differently.</summary>
    public const double NearIdentical = 0.8;

    /// <summary>How many distinct wordings, the most raised, are folded; the rest are counted among the others as they are.</summary>
    public const int Folded = 1000;

    /// <summary>How many exact groups, the largest, are compared with each other for near-identical wording.</summary>
    public const int Compared = 120;

    /// <summary>How many groups the report prints; the rest are counted.</summary>
    public const int Shown = 12;

    /// <summary>How many agencies are named after a group; the others are counted.</summary>
    public const int Named = 5;

    public static RaisedSummary Of(IReadOnlyList<RaisedText> raised)
    {
        var raw = new Dictionary<string, Bucket>(StringComparer.Ordinal);
        foreach (var text in raised)
        {
            if (!raw.TryGetValue(text.Text, out var bucket))
            {
                bucket = new Bucket(text.Text, Whole(text.Text.Trim()));
                raw.Add(text.Text, bucket);
            }

            bucket.Agencies.TryAdd(text.AgencyId, text.AgencyName);
        }

        // Sorts are stable: among equals, the order of the texts as given (by agency, task and text) decides.
        var byWording = raw.Values.OrderByDescending(b => b.Agencies.Count).ToList();
        var exact = new Dictionary<string, Bucket>(StringComparer.Ordinal);
        foreach (var wording in byWording.Take(Folded))
        {
            var key = SearchText.Fold(wording.Key).TrimEnd('.', ';', ',', ' ', '…');
            if (key.Length == 0)
            {
                continue;
            }

            if (exact.TryGetValue(key, out var bucket))
            {
                bucket.Merge(wording);
            }
            else
            {
                exact.Add(key, new Bucket(key, wording.Text, wording.Agencies));
            }
        }

        var clusters = new List<Bucket>();
        var ordered = exact.Values.OrderByDescending(b => b.Agencies.Count).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();
        foreach (var bucket in ordered.Take(Compared))
        {
            var words = TextSimilarity.Sort(bucket.Key);
            var leader = clusters.Find(c => Alike(c.Words!, words));
            if (leader is null)
            {
                bucket.Words = words;
                clusters.Add(bucket);
            }
            else
            {
                leader.Merge(bucket);
            }
        }

        clusters.AddRange(ordered.Skip(Compared));
        clusters.AddRange(byWording.Skip(Folded).Where(b => b.Key.Trim().Length > 0));
        var largest = clusters.OrderByDescending(c => c.Agencies.Count).ToList();
        var others = largest.Skip(Shown).ToList();
        var groups = largest.Take(Shown)
            .Select(c => new RaisedGroup(c.Text, c.Agencies.Count, First(c.Agencies.Values)))
            .ToList();
        return new RaisedSummary(
            raised.Count,
            raised.Select(r => r.AgencyId).Distinct().Count(),
            groups,
            others.Count,
            others.SelectMany(o => o.Agencies.Keys).Distinct().Count());
    }

    /// <summary>The first <see cref="Named"/> names in Vietnamese order, in one pass: a group may hold thousands of agencies.</summary>
    private static List<string> First(IEnumerable<string> names)
    {
        var first = new List<string>(Named + 1);
        foreach (var name in names)
        {
            if (first.Count == Named && VietnameseOrder.Names.Compare(name, first[^1]) >= 0)
            {
                continue;
            }

            var at = first.BinarySearch(name, VietnameseOrder.Names);
            first.Insert(at < 0 ? ~at : at, name);
            if (first.Count > Named)
            {
                first.RemoveAt(Named);
            }
        }

        return first;
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
    private static bool Alike(SortedWords a, SortedWords b)
    {
        var (shorter, longer) = a.Count < b.Count ? (a.Count, b.Count) : (b.Count, a.Count);
        return 2.0 * shorter / (shorter + longer) >= NearIdentical && TextSimilarity.Score(a, b) >= NearIdentical;
    }

    /// <summary>Texts grouped under a key (their wording, then their folded wording): the wording printed, and the agencies (id to name) that raised any of them.</summary>
    private sealed class Bucket(string key, string text, Dictionary<int, string>? agencies = null)
    {
        public string Key { get; } = key;

        public string Text { get; } = text;

        public Dictionary<int, string> Agencies { get; } = agencies is null ? [] : new(agencies);

        public void Merge(Bucket other)
        {
            foreach (var (id, name) in other.Agencies)
            {
                Agencies.TryAdd(id, name);
            }
        }

        public SortedWords? Words { get; set; }
    }
}
