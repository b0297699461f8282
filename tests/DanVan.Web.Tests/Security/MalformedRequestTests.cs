using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Attachments;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// Requests the portal refuses as malformed answer the Vietnamese 400 page, whatever their method: the status-code page
/// re-executes /Error with the original method and body, and the error page answers with the status it describes.
/// </summary>
public sealed class MalformedRequestTests(LoggedSignedInFactory factory) : IClassFixture<LoggedSignedInFactory>
{
    private readonly int _logMark = factory.Logs.Count;

    [Fact]
    public async Task A_NUL_in_a_form_body_is_the_400_page()
    {
        using var client = factory.CreateBrowserLikeClient();
        var token = await TokenAsync(client, "/Account/Login");
        var body = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Email=a%00b%40danvan.local&Input.Password=x";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await client.PostAsync("/Account/Login", content);

        await AssertBadRequestPageAsync(response);
    }

    [Fact]
    public async Task A_CR_LF_in_a_multipart_file_name_is_the_400_page_for_an_anonymous_post()
    {
        using var client = factory.CreateBrowserLikeClient();
        var token = await TokenAsync(client, "/Account/Login");

        var response = await client.PostAsync("/Account/Login", Multipart(token, "bien-ban\r\n.pdf"));

        await AssertBadRequestPageAsync(response);
    }

    [Fact]
    public async Task A_CR_LF_in_a_multipart_file_name_is_the_400_page_for_an_upload()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var reportId = await Evidence.HangBacReportIdAsync(factory);
        var token = await TokenAsync(client, "/");

        var response = await client.PostAsync($"/Reports/Attachments/{reportId}?handler=Upload", Multipart(token, "bien-ban\r\nX-Injected: 1\r\n.pdf"));

        await AssertBadRequestPageAsync(response);
        Assert.Empty(await Evidence.AttachmentsAsync(factory, reportId));
    }

    [Theory]
    [InlineData("GET", "/Error")]
    [InlineData("POST", "/Error")]
    [InlineData("PUT", "/Error")]
    [InlineData("DELETE", "/Error")]
    [InlineData("GET", "/Error?code=abc")]
    public async Task The_error_page_opened_by_itself_is_not_a_500(string method, string url)
    {
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : new FormUrlEncodedContent([]) });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(RepositoryFiles.Vietnamese["Page not found"], page.Document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Empty(factory.Logs.ErrorsSince(_logMark));
    }

    [Theory]
    [InlineData("GET", 403)]
    [InlineData("POST", 400)]
    [InlineData("GET", 500)]
    public async Task The_error_page_answers_with_the_status_it_describes(string method, int code)
    {
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/Error?code={code}"));

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Contains($": {code} ·", (await HtmlPage.ParseAsync(response)).Text, StringComparison.Ordinal);
    }

    private async Task AssertBadRequestPageAsync(HttpResponseMessage response)
    {
        var page = await HtmlPage.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {page.Text[..Math.Min(300, page.Text.Length)]}");
        Assert.Equal(RepositoryFiles.Vietnamese["The request could not be processed"], page.Document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Empty(factory.Logs.ErrorsSince(_logMark));
    }

    /// <summary>A multipart body written by hand: HttpClient refuses a header with CR LF, a hand-made client does not.</summary>
    private static ByteArrayContent Multipart(string token, string fileName)
    {
        const string boundary = "----danvan-test-boundary";
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n" +
            $"--{boundary}--\r\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        return page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"{url} carries no antiforgery token.");
    }
}
