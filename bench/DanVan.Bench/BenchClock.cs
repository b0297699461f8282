namespace DanVan.Bench;

/// <summary>The wall clock moved to <paramref name="start"/>: time passes as usual, from the data set's day.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private readonly DateTimeOffset _startedAt = System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => start + (System.GetUtcNow() - _startedAt);
}
