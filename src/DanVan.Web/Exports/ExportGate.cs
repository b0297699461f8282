using Microsoft.Extensions.Options;

namespace DanVan.Web.Exports;

/// <summary>Section <c>Exports</c>: how many exports are built at once (<see cref="ExportGate"/>).</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Exports built at once; 0 (the default) is one per processor.</summary>
    public int Concurrent { get; set; }

    public int Slots => Concurrent > 0 ? Concurrent : Environment.ProcessorCount;
}

/// <summary>
/// Lets a bounded number of exports (the dashboard's workbook, the consolidated report) be built at once; the others wait
/// their turn (or until their client gives up). Building one is CPU-bound and holds tens of megabytes while it
/// runs: measured at Hanoi's size on two cores (bench <c>-- memory</c>, docs/performance.md), more .docx reports at once than
/// cores answered no more per second but raised the portal's resident set, 16 at once to about 650 MiB.
/// </summary>
public sealed class ExportGate(IOptions<ExportOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.Slots, options.Value.Slots);
    private int _waiting;

    /// <summary>How many exports are waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits for a free slot; disposing the result gives it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
