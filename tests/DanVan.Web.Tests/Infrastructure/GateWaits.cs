using DanVan.Web.Hosting;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>Waits on a <see cref="BuildGate"/> for the gate tests: for a request to queue, or for the queue to empty.</summary>
public static class GateWaits
{
    /// <summary>Until the request waits for a slot (or has been answered, which fails), for at most 30 s.</summary>
    public static async Task UntilWaitingAsync(BuildGate gate, Task<HttpResponseMessage> request)
    {
        for (var waited = 0; gate.Waiting == 0 && !request.IsCompleted && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, gate.Waiting);
    }

    /// <summary>Until no request waits (a client that gave up has left the queue), for at most 10 s.</summary>
    public static async Task UntilNoneWaitsAsync(BuildGate gate)
    {
        for (var waited = 0; gate.Waiting > 0 && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, gate.Waiting);
    }
}
