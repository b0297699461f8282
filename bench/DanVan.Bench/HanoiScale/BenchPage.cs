using System.Net;
using AngleSharp.Html.Dom;
using DanVan.Bench.Rush;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// One timed page of a run: how to send its request (untimed preparation first, if any), the status it must answer, and
/// its timings so far.
/// </summary>
internal sealed class Page(string name, string url, HttpStatusCode expected, Func<Task<HttpResponseMessage>> send, Func<Task>? prepare = null)
{
    public string Name => name;

    public string Url => url;

    public HttpStatusCode Expected => expected;

    public List<double> Times { get; } = [];

    public List<double> Sql { get; } = [];

    public int Commands { get; set; }

    public long Bytes { get; set; }

    /// <summary>A GET answered 200.</summary>
    public static Page Get(string name, HttpClient client, string url)
    {
        var uri = new Uri(url, UriKind.Relative);
        return new Page(name, url, HttpStatusCode.OK, () => client.GetAsync(uri));
    }

    public Task PrepareAsync() => prepare?.Invoke() ?? Task.CompletedTask;

    public Task<HttpResponseMessage> SendAsync() => send();
}

/// <summary>
/// The agency head's report of the current quarter: opening its form (a GET), and saving it as a draft (a POST of every
/// field, as the browser sends it, with the assessment and each line's results changed; timed alone, after an untimed GET
/// of the form for its current version, and answered by the redirect back to the form).
/// </summary>
internal sealed class DraftForm
{
    private readonly HttpClient _client;
    private readonly Uri _address;
    private readonly int _periodId;
    private IHtmlDocument? _page;
    private int _saves;

    public DraftForm(HttpClient client, int periodId)
    {
        _client = client;
        _periodId = periodId;
        _address = new Uri($"/Reports/Edit/{periodId}", UriKind.Relative);
        Open = new Page("report form (agency head)", _address.OriginalString, HttpStatusCode.OK, () => _client.GetAsync(_address));
        Save = new Page("draft save (agency head)", _address.OriginalString + "?handler=Save", HttpStatusCode.Redirect, SaveAsync, OpenFormAsync);
    }

    public Page Open { get; }

    public Page Save { get; }

    private async Task OpenFormAsync() =>
        _page = (await RushForm.OpenAsync(_client, _periodId))?.Page ?? throw new InvalidOperationException($"{BenchHead.Email} has no report form at {_address}.");

    private Task<HttpResponseMessage> SaveAsync() => RushForm.PostAsync(_client, _page!, _address, "Save", $"lần lưu {++_saves}");
}
