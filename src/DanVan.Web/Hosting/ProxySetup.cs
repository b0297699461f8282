using System.Net;
using System.Text.Encodings.Web;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Hosting;

/// <summary>
/// The portal behind a reverse proxy that terminates TLS: X-Forwarded-For and X-Forwarded-Proto are taken from the
/// proxies of the <c>ForwardedHeaders</c> section (<c>KnownProxies</c>: addresses, <c>KnownNetworks</c>: CIDR ranges;
/// loopback is always trusted) and from no one else. Outside Development the cookies are Secure, so a request that is
/// still plain HTTP after that gets a clear page instead of the pages (whose forms would fail).
/// </summary>
public static class ProxySetup
{
    public const string Section = "ForwardedHeaders";
    private static readonly EventId NotHttps = new(1007, nameof(NotHttps));

    public static IServiceCollection AddDanVanForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>
    /// Answers a request that is not HTTPS with 400 and a page saying to open the portal over HTTPS (and, behind a proxy,
    /// that the proxy is not trusted or does not send X-Forwarded-Proto), logged as a warning; the health check stays
    /// open to plain HTTP probes.
    /// </summary>
    public static WebApplication UseHttpsRequirement(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var request = context.Request;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProxySetup)).LogWarning(
                NotHttps,
                "Plain HTTP request to {Path} from {Address} refused (X-Forwarded-Proto: {ForwardedProto}); trust the proxy under ForwardedHeaders or open the portal over HTTPS",
                request.Path,
                context.Connection.RemoteIpAddress,
                request.Headers["X-Forwarded-Proto"].ToString());
            var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var html = HtmlEncoder.Default;
            var https = html.Encode($"https://{request.Host}{request.PathBase}{request.Path}{request.QueryString}");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"{html.Encode(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)}\"><head><meta charset=\"utf-8\"><title>{html.Encode(l["This portal opens only over HTTPS"])}</title></head>" +
                $"<body><h1>{html.Encode(l["This portal opens only over HTTPS"])}</h1><p><a href=\"{https}\">{https}</a></p>" +
                $"<p>{html.Encode(l["If you opened that address, the reverse proxy in front of the portal is not trusted or does not send X-Forwarded-Proto: tell the portal's operators."])}</p></body></html>",
                context.RequestAborted);
        });
        return app;
    }
}
