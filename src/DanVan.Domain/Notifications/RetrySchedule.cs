namespace DanVan.Domain.Notifications;

/// <summary>
/// Exponential back-off of a failed e-mail: the first retry after <see cref="FirstDelay"/>, each later one
/// <see cref="Factor"/> times longer (1, 5, 25, 125 minutes by default), and after <see cref="MaxAttempts"/> attempts the
/// delivery is given up as failed.
/// </summary>
public sealed record RetrySchedule(TimeSpan FirstDelay, int Factor, int MaxAttempts)
{
    public static readonly RetrySchedule Default = new(TimeSpan.FromMinutes(1), 5, 5);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt, or null when no attempt is left.</summary>
    public TimeSpan? DelayAfter(int attempts) =>
        attempts >= MaxAttempts || attempts < 1 ? null : FirstDelay * Math.Pow(Math.Max(1, Factor), attempts - 1);
}
