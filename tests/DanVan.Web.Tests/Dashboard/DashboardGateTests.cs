using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// Dashboard pages are built a bounded number at a time (<see cref="DashboardGate"/>, section <c>Dashboards</c>): with
/// every slot taken, a dashboard waits, and is answered once a slot is given back; a client that gives up while waiting
/// takes no slot with it; the other pages never wait.
/// </summary>
public sealed class DashboardGateTests(DashboardGateTests.OneSlotFactory factory) : IClassFixture<DashboardGateTests.OneSlotFactory>
{
    [Theory]
    [InlineData(DemoAccounts.CityReviewer)]
    [InlineData(DemoAccounts.HoanKiemReviewer)]
    public async Task A_dashboard_waits_for_a_free_slot_and_is_answered_once_one_is_given_back(string account)
    {
        var client = await factory.ClientAsync(account);
        var gate = factory.Services.GetRequiredService<DashboardGate>();
        Task<HttpResponseMessage> request;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            request = client.GetAsync("/Dashboard");
            await GateWaits.UntilWaitingAsync(gate, request);
            Assert.False(request.IsCompleted);
        }

        using var response = await request;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<table", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task Other_pages_do_not_wait_while_every_dashboard_slot_is_taken()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var gate = factory.Services.GetRequiredService<DashboardGate>();
        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var home = await client.GetAsync("/");
            using var health = await client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(0, gate.Waiting);
        }
    }

    [Fact]
    public async Task A_client_that_gives_up_while_waiting_takes_no_slot_with_it()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var gate = factory.Services.GetRequiredService<DashboardGate>();
        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var giveUp = new CancellationTokenSource();
            var request = client.GetAsync("/Dashboard", giveUp.Token);
            await GateWaits.UntilWaitingAsync(gate, request);
            await giveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            await GateWaits.UntilNoneWaitsAsync(gate);
        }

        using var response = await client.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void By_default_there_is_one_slot_per_processor() =>
        Assert.Equal(Environment.ProcessorCount, new DashboardOptions().Slots);

    /// <summary>The portal with one dashboard at a time.</summary>
    public sealed class OneSlotFactory : SignedInFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Dashboards:Concurrent", "1");
        }
    }
}
