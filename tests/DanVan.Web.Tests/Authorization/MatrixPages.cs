using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Authorization;

/// <summary>
/// Every page of the endpoint matrix (its GET rows without a handler), opened as an account that may open it (anonymous,
/// else the administrator, else the first account allowed), as the HTML it answers with. Tests that inspect every page
/// (its forms, its validation messages) walk the portal from the matrix, not from a hand list.
/// </summary>
internal static class MatrixPages
{
    public static async Task<List<(EndpointRule Rule, string Url, HttpClient Client, HtmlPage Page)>> OpenAsync(SignedInFactory factory)
    {
        var pages = new List<(EndpointRule, string, HttpClient, HtmlPage)>();
        foreach (var rule in EndpointMatrix.Rules.Where(r => r.Endpoint.Method == "GET" && r.Endpoint.Handler is null))
        {
            var account = rule.Expect(null) == Outcome.Allowed ? null
                : rule.Expect(EndpointMatrix.Admin) == Outcome.Allowed ? EndpointMatrix.Admin
                : EndpointMatrix.Accounts.FirstOrDefault(a => rule.Expect(a) == Outcome.Allowed);
            if (account is null && rule.Expect(null) != Outcome.Allowed)
            {
                continue;
            }

            var client = account is null ? factory.CreateBrowserLikeClient() : await factory.ClientAsync(account);
            var url = await MatrixUrls.ResolveAsync(factory, rule.Url);
            var response = await client.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                pages.Add((rule, url, client, await HtmlPage.ParseAsync(response)));
            }
        }

        return pages;
    }
}
