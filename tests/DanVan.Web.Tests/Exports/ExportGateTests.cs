using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Exports;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Exports;

/// <summary>
/// Exports are built a bounded number at a time (<see cref="ExportGate"/>, section <c>Exports</c>): with every slot taken,
/// the workbook and the consolidated report wait, and are sent once a slot is given back; a client that gives up while
/// waiting takes no slot with it.
/// </summary>
public sealed class ExportGateTests(ExportGateTests.OneSlotFactory factory) : IClassFixture<ExportGateTests.OneSlotFactory>
{
    [Theory]
    [InlineData("/Dashboard/Export", SpreadsheetWriter.ContentType)]
    [InlineData("/Dashboard/Report?handler=Download", ConsolidatedReportDocument.ContentType)]
    public async Task An_export_waits_for_a_free_slot_and_is_sent_once_one_is_given_back(string url, string contentType)
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var gate = factory.Services.GetRequiredService<ExportGate>();
        Task<HttpResponseMessage> request;
        using (await gate.EnterAsync(CancellationToken.None))
        {
            request = client.GetAsync(url);
            await GateWaits.UntilWaitingAsync(gate, request);
            Assert.False(request.IsCompleted);
        }

        using var response = await request;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task A_client_that_gives_up_while_waiting_takes_no_slot_with_it()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var gate = factory.Services.GetRequiredService<ExportGate>();
        using (await gate.EnterAsync(CancellationToken.None))
        {
            using var giveUp = new CancellationTokenSource();
            var request = client.GetAsync("/Dashboard/Export", giveUp.Token);
            await GateWaits.UntilWaitingAsync(gate, request);
            await giveUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            await GateWaits.UntilNoneWaitsAsync(gate);
        }

        using var response = await client.GetAsync("/Dashboard/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void By_default_there_is_one_slot_per_processor() =>
        Assert.Equal(Environment.ProcessorCount, new ExportOptions().Slots);

    /// <summary>The portal with one export at a time.</summary>
    public sealed class OneSlotFactory : SignedInFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Exports:Concurrent", "1");
        }
    }
}
