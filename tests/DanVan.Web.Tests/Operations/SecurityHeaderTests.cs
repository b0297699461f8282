using DanVan.Web.Hosting;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Operations;

/// <summary>Every response, pages, files and errors alike, forbids framing, MIME sniffing and scripts from elsewhere.</summary>
public sealed class SecurityHeaderTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    [InlineData("/")]
    public async Task Response_carries_the_security_headers(string url)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        Assert.Equal(PipelineSetup.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("script-src 'self';", PipelineSetup.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
