using System.Net;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Tests.Security;

/// <summary>The portal does not name its web server: Kestrel sends no Server header (TestServer never does, so this runs Kestrel on loopback).</summary>
public sealed class ServerHeaderTests
{
    [Fact]
    public async Task Kestrel_answers_without_a_Server_header()
    {
        using var factory = new BareFactory();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var health = await client.GetAsync("/healthz");
        using var page = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(health.Headers.Server);
        Assert.Empty(page.Headers.Server);
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    private sealed class BareFactory : DanVanFactory
    {
        protected override bool SeedDemo => false;
    }
}
