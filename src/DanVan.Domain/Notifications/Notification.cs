namespace DanVan.Domain.Notifications;

public enum NotificationKind
{
    ReportReturned,
    ReportAccepted,
    PeriodOpened,
    DueSoon,
    Overdue,
}

/// <summary>A message in a user's bell: something they must act on, about a report or a period.</summary>
public sealed class Notification
{
    /// <summary>How many days before the due date the "due soon" reminder goes out.</summary>
    public const int DueSoonDays = 3;

    private Notification()
    {
        UserId = string.Empty;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public int? ReportId { get; private set; }

    public int? PeriodId { get; private set; }

    public int? AgencyId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public static Notification About(string userId, NotificationKind kind, DateTime nowUtc, int? reportId = null, int? periodId = null, int? agencyId = null) =>
        new() { UserId = userId, Kind = kind, CreatedAtUtc = nowUtc, ReportId = reportId, PeriodId = periodId, AgencyId = agencyId };

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
