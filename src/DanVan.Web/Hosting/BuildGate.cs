namespace DanVan.Web.Hosting;

/// <summary>How many answers a <see cref="BuildGate"/> lets be built at once.</summary>
public abstract class BuildGateOptions
{
    /// <summary>Answers built at once; 0 (the default) is one per processor.</summary>
    public int Concurrent { get; set; }

    public int Slots => Concurrent > 0 ? Concurrent : Environment.ProcessorCount;
}

/// <summary>
/// Lets a bounded number of costly answers be built at once; the others wait their turn (or until their client gives up).
/// Building one is CPU-bound and holds megabytes while it runs, so on a node with few cores more at once answer no more
/// per second but raise the resident set (measured in docs/performance.md). <see cref="Exports.ExportGate"/> and
/// <see cref="Dashboard.DashboardGate"/> are the two in use.
/// </summary>
public abstract class BuildGate(int slots) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(slots, slots);
    private int _waiting;

    /// <summary>How many answers are waiting for a slot now.</summary>
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

    public void Dispose()
    {
        _slots.Dispose();
        GC.SuppressFinalize(this);
    }

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
