using System.Net;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests.Api;

/// <summary>A portal that lets each API client make three calls a minute.</summary>
public sealed class ApiLimitFactory : DanVanFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:ApiPerClient", "3");
    }
}

/// <summary>Calls are limited per client (another client keeps its own budget), and a key stops working when it expires, by the portal's clock.</summary>
public sealed class ApiLimitTests(ApiLimitFactory factory) : IClassFixture<ApiLimitFactory>
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_problem_details_and_another_client_is_not_affected()
    {
        var (_, busyKey) = await ApiClients.CreateAsync(factory, "HN", "Hệ thống gọi nhiều");
        var (_, otherKey) = await ApiClients.CreateAsync(factory, "HN", "Hệ thống khác");
        using var busy = ApiClients.With(factory, busyKey);
        using var other = ApiClients.With(factory, otherKey);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/periods")).StatusCode);
        }

        var refused = await busy.GetAsync("/api/v1/periods");

        await ApiClients.AssertProblemAsync(refused, 429);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/periods")).StatusCode);
    }

    [Fact]
    public async Task A_key_is_refused_once_it_has_expired()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN", "Hệ thống hết hạn", TimeSpan.FromHours(1));
        using var api = ApiClients.With(factory, key);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/directives")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(2));

        await ApiClients.AssertProblemAsync(await api.GetAsync("/api/v1/directives"), 401);
    }
}
