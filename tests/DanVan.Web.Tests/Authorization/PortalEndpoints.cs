using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Authorization;

/// <summary>One way into the portal: a page's handler (the page by its path, GET or POST, named or not) or another endpoint by its route.</summary>
public sealed record PortalEndpoint(string Route, string Method, string? Handler)
{
    public override string ToString() => $"{Method} {Route}{(Handler is null ? string.Empty : "?handler=" + Handler)}";
}

/// <summary>Every page handler and every other endpoint the running portal maps, read from its endpoint data sources.</summary>
internal static class PortalEndpoints
{
    /// <summary>A page without handlers renders for any method: it is listed for GET and POST.</summary>
    public static async Task<IReadOnlyList<PortalEndpoint>> AllAsync(IServiceProvider services)
    {
        var found = new List<PortalEndpoint>();
        var loader = services.GetRequiredService<PageLoader>();
        var pages = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .Select(g => g.First());
        foreach (var page in pages)
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var route = page.ViewEnginePath;
            var handlers = compiled.HandlerMethods.Select(h => new PortalEndpoint(route, h.HttpMethod.ToUpperInvariant(), h.Name)).ToList();
            found.AddRange(handlers.Count > 0 ? handlers : [new PortalEndpoint(route, HttpMethods.Get, null), new PortalEndpoint(route, HttpMethods.Post, null)]);
        }

        foreach (var endpoint in services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null || endpoint.Metadata.GetMetadata<ActionDescriptor>() is not null)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            found.AddRange(methods.Select(m => new PortalEndpoint("/" + endpoint.RoutePattern.RawText?.TrimStart('/'), m, null)));
        }

        return found.Distinct().OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ThenBy(e => e.Handler, StringComparer.Ordinal).ToList();
    }
}
