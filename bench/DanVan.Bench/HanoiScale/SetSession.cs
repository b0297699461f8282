using System.Diagnostics;
using System.Globalization;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// One data set's portal during a run: signed-in clients, the pages timed (Hanoi's: the city and lower dashboards, the
/// exports, the header search and /healthz; the national set's: the national, province and commune dashboards and /healthz; both: an agency
/// head's report form and draft save; the dashboards again as first viewed after a change), each page's request times and SQL times, and the SQL of the last warm-up request
/// of each page (for EXPLAIN QUERY PLAN).
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
        var periodId = await BenchHead.EnsureAsync(session._portal.Services, clock, CancellationToken.None);
        var form = new DraftForm(await session._portal.SignedInAsync(BenchHead.Email), periodId);
        var healthz = Page.Get("/healthz", session._portal.Anonymous(), "/healthz");
        if (set.National)
        {
            session._pages.AddRange(
            [
                Page.Get("national dashboard", await session._portal.SignedInAsync(BenchAccounts.Nation), "/Dashboard"),
                Page.Get("province dashboard (Hà Nội)", city, "/Dashboard"),
                Page.Get("commune dashboard (Phường Hoàn Kiếm)", lower, "/Dashboard"),
                form.Open, form.Save, healthz,
                session.AfterChange("national dashboard", await session._portal.SignedInAsync(BenchAccounts.Nation), "/Dashboard", everyQuarter: false),
                session.AfterChange("national dashboard", await session._portal.SignedInAsync(BenchAccounts.Nation), "/Dashboard", everyQuarter: true),
                session.AfterChange("province dashboard (Hà Nội)", city, "/Dashboard", everyQuarter: false),
            ]);
        }
        else
        {
            session._pages.AddRange(
            [
                Page.Get("city dashboard", city, "/Dashboard"),
                Page.Get(set.Restructured ? "commune dashboard (Phường Hoàn Kiếm)" : "district dashboard (Hoàn Kiếm)", lower, "/Dashboard"),
                Page.Get("city dashboard, .xlsx export", city, "/Dashboard/Export"),
                Page.Get("consolidated report, .docx (city)", city, "/Dashboard/Report?handler=Download"),
                Page.Get("search, every kind (city)", city, "/Search?q=" + Uri.EscapeDataString("kiến nghị của cử tri")),
                Page.Get("search, report text of a quarter (city)", city, "/Search?kind=Reports&q=" + Uri.EscapeDataString("kiến nghị của cử tri")),
                healthz, form.Open, form.Save,
                session.AfterChange("city dashboard", city, "/Dashboard", everyQuarter: false),
                session.AfterChange("city dashboard", city, "/Dashboard", everyQuarter: true),
                session.AfterChange(set.Restructured ? "commune dashboard (Phường Hoàn Kiếm)" : "district dashboard (Hoàn Kiếm)", lower, "/Dashboard", everyQuarter: false),
            ]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {set.Name}: portal started and signed in in {session.StartSeconds:F1} s"));
        return session;
    }

    /// <summary>
    /// A dashboard as first viewed after its figures changed: before each request (untimed) the quarter it shows (the latest
    /// past due on the set's clock) is changed as one report's submission or review changes it: its fact version raised,
    /// with the change naming the unit of the lower account's agency, which lies under every dashboard timed, so that the
    /// part of the view holding it is read again while the rest and the earlier quarters' trend are still kept; or, with
    /// <paramref name="everyQuarter"/>, every period's version raised with no change recorded, as a restructuring rewrites
    /// whole periods, so that no figure is kept.
    /// </summary>
    private Page AfterChange(string name, HttpClient client, string url, bool everyQuarter)
    {
        var uri = new Uri(url, UriKind.Relative);
        var change = everyQuarter ? "every quarter changed" : "a report in its quarter changed";
        return new Page($"{name}, first view after {change}", url, System.Net.HttpStatusCode.OK, () => client.GetAsync(uri), () => RaiseFactVersionsAsync(everyQuarter));
    }

    private async Task RaiseFactVersionsAsync(bool everyQuarter)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = everyQuarter
            ? "UPDATE ReportingFactVersions SET Version = Version + 1;"
            : """
              UPDATE ReportingFactVersions SET Version = Version + 1 WHERE PeriodId = $period;
              INSERT INTO ReportingFactChanges (PeriodId, Version, UnitPaths)
              SELECT PeriodId, Version, (SELECT UnitPath FROM ReportingFacts WHERE PeriodId = $period AND AgencyId = (SELECT AgencyId FROM AspNetUsers WHERE UserName = $lower) LIMIT 1)
              FROM ReportingFactVersions WHERE PeriodId = $period;
              """;
        command.Parameters.AddWithValue("$period", await ShownQuarterAsync(connection));
        command.Parameters.AddWithValue("$lower", BenchAccounts.Lower);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The quarter the dashboards open on: the latest whose due date has passed on the set's clock.</summary>
    private async Task<long> ShownQuarterAsync(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM ReportingPeriods WHERE Kind = 'Quarter' AND DueOn < $today ORDER BY DueOn DESC LIMIT 1;";
        command.Parameters.AddWithValue("$today", DanVan.Domain.Hanoi.Today(Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Untimed requests; the last one's SQL is kept, with its number of commands and the answer's size.</summary>
    public async Task WarmUpAsync(int page, int count)
    {
        var target = _pages[page];
        for (var i = 0; i < count; i++)
        {
            await target.PrepareAsync();
            _recorder.CaptureNext = i == count - 1;
            target.Bytes = await SendAsync(target);
        }

        _captured.AddRange(_recorder.Latest!.Commands);
        target.Commands = _recorder.Latest.Count;
    }

    /// <summary>One timed request: its total time and the time of its SQL.</summary>
    public async Task TimeAsync(int page)
    {
        var target = _pages[page];
        await target.PrepareAsync();
        var watch = Stopwatch.StartNew();
        await SendAsync(target);
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

    private static async Task<long> SendAsync(Page page)
    {
        using var response = await page.SendAsync();
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != page.Expected)
        {
            throw new InvalidOperationException($"{page.Name} ({page.Url}) answered {(int)response.StatusCode}.");
        }

        return body.Length;
    }
}
