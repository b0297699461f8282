using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// TestServer leaves <c>Connection.RemoteIpAddress</c> null. A test request that carries <see cref="Header"/> comes from
/// that address instead: the test hosts' startup filter sets it before the portal's own pipeline (forwarded headers,
/// rate limits) runs.
/// </summary>
public static class ClientAddress
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>A request to <paramref name="url"/> sent from <paramref name="address"/>.</summary>
    public static HttpRequestMessage From(string address, HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add(Header, address);
        return request;
    }

    public sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
