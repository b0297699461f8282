using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Hosting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace DanVan.Web.Tests.Api;

/// <summary>The OpenAPI document is valid and lists every /api/v1 endpoint; it and its reference are for administrators, with no asset from a CDN.</summary>
public sealed class OpenApiDocumentTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task The_document_parses_without_errors_and_lists_every_api_endpoint()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var json = await admin.GetStringAsync("/openapi/v1.json");

        var read = OpenApiDocument.Parse(json, "json");

        Assert.NotNull(read.Document);
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var routes = factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Select(r => r.Replace(":int}", "}", StringComparison.Ordinal))
            .ToHashSet();
        Assert.True(routes.Count >= 7, string.Join(", ", routes));
        Assert.Equal(routes.Order(), read.Document!.Paths.Keys.Order());
        Assert.All(read.Document.Paths.Values, p => Assert.Contains(HttpMethod.Get, p.Operations!.Keys));
        Assert.Contains("bearer", read.Document.Components!.SecuritySchemes!.Keys);
    }

    [Fact]
    public async Task The_reference_is_for_administrators_and_loads_nothing_from_another_site()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var viewer = await factory.ClientAsync(DemoAccounts.CityViewer);

        var page = await admin.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/scalar")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fonts.", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script src=\"scalar.js\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(PipelineSetup.ReferenceContentSecurityPolicy, string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/scalar/scalar.js")).StatusCode);
    }
}
