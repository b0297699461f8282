using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Operations;

public sealed class HealthTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Health_check_answers_Healthy_to_anonymous_callers()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
