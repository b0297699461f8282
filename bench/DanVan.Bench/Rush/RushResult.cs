using System.Collections.Concurrent;

namespace DanVan.Bench.Rush;

/// <summary>What a rush measured: each step's times, the submissions acknowledged (by their marker), the errors.</summary>
internal sealed class RushResult
{
    private int _errors;

    public ConcurrentBag<double> OpensBag { get; } = [];

    public List<double> Opens => [.. OpensBag];

    public ConcurrentBag<double> SavesBag { get; } = [];

    public List<double> Saves => [.. SavesBag];

    public ConcurrentBag<double> SubmitsBag { get; } = [];

    public List<double> Submits => [.. SubmitsBag];

    public ConcurrentBag<string> Acknowledged { get; } = [];

    public int Errors => _errors;

    public string? FirstError { get; private set; }

    public double Seconds { get; set; }

    public void Fail(string error)
    {
        if (Interlocked.Increment(ref _errors) == 1)
        {
            FirstError = error;
        }
    }
}
