using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Data.Identity;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// The portal in Production behind a reverse proxy that terminates TLS and talks plain HTTP to it: a trusted proxy's
/// X-Forwarded-Proto makes the request HTTPS (the forms work, the cookies are Secure); a plain HTTP request without it,
/// or with it from an address that is not trusted, gets a clear page, never a 500.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedFactory factory) : IClassFixture<ForwardedHeadersTests.ProxiedFactory>
{
    private const string Email = "vanhanh.proxy@danvan.local";
    private const string Password = "SauProxy@2026!";

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData(ProxiedFactory.Proxy)]
    [InlineData("198.51.100.20")]
    public async Task Behind_a_trusted_proxy_the_sign_in_form_works_over_plain_http_and_the_cookies_are_secure(string proxy)
    {
        await EnsureUserAsync();
        using var client = PlainHttpClient();
        var jar = new Dictionary<string, string>(StringComparer.Ordinal);

        var form = await SendAsync(client, jar, proxy, "https", HttpMethod.Get, "/Account/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = (await HtmlPage.ParseAsync(form)).Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;
        Assert.NotNull(token);
        var signIn = await SendAsync(client, jar, proxy, "https", HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = Email, ["Input.Password"] = Password,
        }));
        var home = await SendAsync(client, jar, proxy, "https", HttpMethod.Get, "/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("DanVan.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.True(c.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)), c));
    }

    [Theory]
    [InlineData("127.0.0.1", null, "GET")]
    [InlineData("127.0.0.1", null, "POST")]
    [InlineData("192.0.2.99", "https", "GET")]
    [InlineData("192.0.2.99", "https", "POST")]
    [InlineData(null, null, "GET")]
    public async Task Plain_http_without_a_trusted_proxy_header_answers_a_clear_page(string? address, string? forwardedProto, string method)
    {
        using var client = PlainHttpClient();

        var response = await SendAsync(client, [], address, forwardedProto, new HttpMethod(method), "/Account/Login", method == "POST" ? new FormUrlEncodedContent([]) : null);

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(RepositoryFiles.Vietnamese["This portal opens only over HTTPS"], page.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("https://danvan.example/Account/Login", page.Document.QuerySelector("a")?.GetAttribute("href"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_health_check_answers_over_plain_http()
    {
        using var client = PlainHttpClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient PlainHttpClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://danvan.example"), AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A request as the proxy at <paramref name="from"/> sends it, with the cookies of <paramref name="jar"/> (a browser would send them: the page is https to it), keeping the cookies it sets.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> jar, string? from, string? forwardedProto, HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = from is null ? new HttpRequestMessage(method, url) { Content = content } : ClientAddress.From(from, method, url, content);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        if (jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = cookie.Split(';')[0].Split('=', 2);
            jar[pair[0]] = pair[1];
        }

        return response;
    }

    private async Task EnsureUserAsync()
    {
        if (!await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == Email)))
        {
            await factory.CreateUserAsync(Email, Password, Roles.Viewer, "HN-SNV", mustChangePassword: false);
        }
    }

    /// <summary>Production (no demo data) trusting, besides loopback, the proxy <see cref="Proxy"/> and the network 198.51.100.0/24.</summary>
    public sealed class ProxiedFactory : DanVanFactory
    {
        public const string Proxy = "192.0.2.50";

        protected override string EnvironmentName => "Production";

        protected override bool SeedDemo => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
            builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "198.51.100.0/24");
        }
    }
}
