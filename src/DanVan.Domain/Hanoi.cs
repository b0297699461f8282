namespace DanVan.Domain;

/// <summary>Hanoi civil time (UTC+7, no daylight saving): deadlines are Hanoi dates, instants are stored in UTC.</summary>
public static class Hanoi
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);

    /// <summary>The UTC instant at which a Hanoi calendar day ends (the next day's midnight in Hanoi).</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
