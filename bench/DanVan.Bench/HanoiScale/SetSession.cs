using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// One data set's portal during a run: signed-in clients, the pages timed, each page's request times and SQL times,
/// and the SQL of the last warm-up request of each page (for EXPLAIN QUERY PLAN).
/// </summary>
internal sealed class SetSession : IDisposable
{
    private readonly SqlRecorder _recorder;
    private readonly BenchPortal _portal;
    private readonly List<Page> _pages = [];
    private readonly List<RecordedCommand> _captured = [];

    private SetSession(HanoiDataSet set, string path, DataSetStats stats, SqlRecorder recorder, BenchClock clock, BenchPortal portal)
    {
        Set = set;
        Path = path;
        Stats = stats;
        _recorder = recorder;
        Clock = clock;
        _portal = portal;
    }

    public HanoiDataSet Set { get; }

    public string Path { get; }

    public DataSetStats Stats { get; }

    public BenchClock Clock { get; }

    public double StartSeconds { get; private set; }

    public int PageCount => _pages.Count;

    public static async Task<SetSession> StartAsync(HanoiDataSet set, string path, DataSetStats stats)
    {
        var recorder = new SqlRecorder();
        var clock = new BenchClock(set.Now);
        var session = new SetSession(set, path, stats, recorder, clock, new BenchPortal(path, clock, recorder.Register));
        var started = Stopwatch.StartNew();
        var city = await session._portal.SignedInAsync(BenchAccounts.City);
        session.StartSeconds = started.Elapsed.TotalSeconds;
        var lower = await session._portal.SignedInAsync(BenchAccounts.Lower);
        session._pages.AddRange(
        [
            new("city dashboard", city, "/Dashboard"),
            new(set.Restructured ? "commune dashboard (Phường Hoàn Kiếm)" : "district dashboard (Hoàn Kiếm)", lower, "/Dashboard"),
            new("city dashboard, .xlsx export", city, "/Dashboard/Export"),
            new("consolidated report, .docx (city)", city, "/Dashboard/Report?handler=Download"),
            new("search, every kind (city)", city, "/Search?q=" + Uri.EscapeDataString("kiến nghị của cử tri")),
            new("search, report text of a quarter (city)", city, "/Search?kind=Reports&q=" + Uri.EscapeDataString("kiến nghị của cử tri")),
            new("/healthz", session._portal.Anonymous(), "/healthz"),
        ]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {set.Name}: portal started and signed in in {session.StartSeconds:F1} s"));
        return session;
    }

    /// <summary>Untimed requests; the last one's SQL is kept, with its number of commands and the answer's size.</summary>
    public async Task WarmUpAsync(int page, int count)
    {
        var target = _pages[page];
        for (var i = 0; i < count; i++)
        {
            _recorder.CaptureNext = i == count - 1;
            target.Bytes = await GetAsync(target);
        }

        _captured.AddRange(_recorder.Latest!.Commands);
        target.Commands = _recorder.Latest.Count;
    }

    /// <summary>One timed request: its total time and the time of its SQL.</summary>
    public async Task TimeAsync(int page)
    {
        var target = _pages[page];
        var watch = Stopwatch.StartNew();
        await GetAsync(target);
        target.Times.Add(watch.Elapsed.TotalMilliseconds);
        target.Sql.Add(_recorder.Latest!.Milliseconds);
    }

    public PageTiming Timing(int page)
    {
        var target = _pages[page];
        return new PageTiming(target.Name, target.Url, target.Times, target.Sql, target.Commands, target.Bytes);
    }

    /// <summary>The pages' timings, the city view's breakdown (timed now) and the plans of the captured SQL.</summary>
    public async Task<SetResult> ResultAsync(int repeat)
    {
        var breakdown = await DashboardBreakdown.MeasureAsync(_portal.Services, Clock, repeat);
        foreach (var step in breakdown)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Set.Name}, city {step.Step}: {step.Milliseconds:F1} ms (SQL {step.SqlMilliseconds:F1} ms)"));
        }

        return new SetResult(Set, Stats, StartSeconds, Enumerable.Range(0, PageCount).Select(Timing).ToList(), breakdown, QueryPlans.Explain(Path, _captured));
    }

    public void Dispose() => _portal.Dispose();

    private static async Task<long> GetAsync(Page page)
    {
        using var response = await page.Client.GetAsync(page.Uri);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {page.Url} answered {(int)response.StatusCode}.");
        }

        return body.Length;
    }

    private sealed class Page(string name, HttpClient client, string url)
    {
        public string Name => name;

        public HttpClient Client => client;

        public string Url => url;

        public Uri Uri { get; } = new(url, UriKind.Relative);

        public List<double> Times { get; } = [];

        public List<double> Sql { get; } = [];

        public int Commands { get; set; }

        public long Bytes { get; set; }
    }
}
