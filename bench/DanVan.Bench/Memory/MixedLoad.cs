using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace DanVan.Bench.Memory;

/// <summary>A page of the mixed load: its key in <c>--pages</c>, its name in the table, its URL and the media type its answer must have (a report form with errors is a 200 too).</summary>
internal sealed record LoadPage(string Key, string Name, string Url, string MediaType);

/// <summary>A signed-in user of the mixed load and the pages it takes in turn.</summary>
internal sealed record LoadUser(HttpClient Client, IReadOnlyList<LoadPage> Pages);

/// <summary>One page's requests during the load: times of those answered 200 (ms), errors, bytes of the last answer.</summary>
internal sealed class PageLoad(string name)
{
    private readonly ConcurrentBag<double> _times = [];
    private int _errors;

    public string Name => name;

    public int Errors => _errors;

    public string? FirstError { get; private set; }

    public long Bytes { get; set; }

    public IReadOnlyList<double> Times => [.. _times];

    public void Add(double milliseconds) => _times.Add(milliseconds);

    public void Fail(string error)
    {
        if (Interlocked.Increment(ref _errors) == 1)
        {
            FirstError = error;
        }
    }

    /// <summary>Nearest rank: of 100 times, the 95th percentile is the 95th fastest.</summary>
    public double Percentile(double p)
    {
        var sorted = _times.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}

/// <summary>
/// Every user at once, for a fixed time: each sends its pages' requests in turn, one at a time, starting from a page of its
/// own (so that the pages are spread across the users from the first second), reading each answer to its end.
/// </summary>
internal static class MixedLoad
{
    public static async Task<IReadOnlyList<PageLoad>> RunAsync(IReadOnlyList<LoadUser> users, TimeSpan duration)
    {
        var pages = users.SelectMany(u => u.Pages).Select(p => p.Name).Distinct().ToDictionary(n => n, n => new PageLoad(n));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(users.Select((user, index) => Task.Run(async () =>
        {
            for (var turn = index; clock.Elapsed < duration; turn++)
            {
                var page = user.Pages[turn % user.Pages.Count];
                await SendAsync(user.Client, page, pages[page.Name]);
            }
        })));
        return [.. pages.Values];
    }

    private static async Task SendAsync(HttpClient client, LoadPage page, PageLoad load)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(new Uri(page.Url, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != page.MediaType)
            {
                load.Fail($"{page.Url} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}");
                return;
            }

            load.Add(watch.Elapsed.TotalMilliseconds);
            load.Bytes = body.Length;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            load.Fail($"{page.Url}: {ex.Message}");
        }
    }
}
