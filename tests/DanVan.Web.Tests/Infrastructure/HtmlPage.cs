using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>A fetched page, parsed, with helpers to post its forms the way a browser would (antiforgery token included).</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, IHtmlDocument document)
    {
        Response = response;
        Document = document;
    }

    public HttpResponseMessage Response { get; }

    public IHtmlDocument Document { get; }

    public HttpStatusCode StatusCode => Response.StatusCode;

    public string Text => Document.Body?.TextContent ?? string.Empty;

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, new HtmlParser().ParseDocument(html));
    }

    /// <summary>
    /// Posts the form that matches <paramref name="formSelector"/> with its hidden fields (a name may repeat, as the
    /// __Invariant markers of several date inputs do) plus <paramref name="fields"/>, which replace hidden fields of the same name.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formSelector, IDictionary<string, string> fields, string? submitName = null, string? submitValue = null)
    {
        var form = Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches {formSelector}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .ToList();
        foreach (var (key, value) in fields)
        {
            Set(values, key, value);
        }

        if (submitName is not null)
        {
            Set(values, submitName, submitValue ?? string.Empty);
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Response.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The page's antiforgery token (every signed-in page has one in its sign-out form), to post a request no form of the page offers.</summary>
    public string AntiforgeryToken() =>
        Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value ?? throw new InvalidOperationException("The page has no antiforgery token.");

    private static void Set(List<KeyValuePair<string, string>> values, string name, string value)
    {
        values.RemoveAll(v => v.Key == name);
        values.Add(KeyValuePair.Create(name, value));
    }
}
