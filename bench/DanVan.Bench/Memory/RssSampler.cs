namespace DanVan.Bench.Memory;

/// <summary>Reads a process's resident set (VmRSS, MiB) every <paramref name="interval"/> until stopped.</summary>
internal sealed class RssSampler(int processId, TimeSpan interval)
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public double Peak => _samples.Count == 0 ? 0 : _samples.Max();

    public double Median => _samples.Count == 0 ? 0 : _samples.Order().ElementAt(_samples.Count / 2);

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                if (ProcFacts.Status(processId, "VmRSS") is { } rss)
                {
                    _samples.Add(rss);
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }
}
