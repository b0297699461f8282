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

    /// <summary>Posts the form that matches <paramref name="formSelector"/> with its hidden fields plus <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formSelector, IDictionary<string, string> fields, string? submitName = null, string? submitValue = null)
    {
        var form = Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches {formSelector}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        if (submitName is not null)
        {
            values[submitName] = submitValue ?? string.Empty;
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? Response.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
