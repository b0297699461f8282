namespace DanVan.Domain.Notifications;

/// <summary>Who is told of what.</summary>
public enum NoticeAudience
{
    /// <summary>The heads and staff of the agency the notice is about.</summary>
    AgencyReporters,

    /// <summary>The users who review the report: reviewer roles whose unit reviews the report's agency.</summary>
    Reviewers,
}

/// <summary>The rules of notices: who gets each kind, which kinds are essential, when due-date reminders go out.</summary>
public static class NoticeRules
{
    /// <summary>The reminder offsets before a due date when none are configured: a week, then two days.</summary>
    public static readonly IReadOnlyList<int> DefaultDueSoonDays = [7, 2];

    /// <summary>Kinds nobody may reduce to the bell alone: the agency must act on them, so they also go by e-mail (at once or in the digest).</summary>
    public static bool IsEssential(NotificationKind kind) => kind is NotificationKind.ReportReturned or NotificationKind.Overdue;

    public static NoticeAudience AudienceOf(NotificationKind kind) =>
        kind == NotificationKind.ReportSubmitted ? NoticeAudience.Reviewers : NoticeAudience.AgencyReporters;

    /// <summary>Whether only agencies that have not submitted for the period are told (due soon, overdue).</summary>
    public static bool OnlyWithoutSubmission(NotificationKind kind) => kind is NotificationKind.DueSoon or NotificationKind.Overdue;

    /// <summary>
    /// The reminder to send on <paramref name="today"/> for a period due on <paramref name="dueOn"/>: the smallest offset
    /// that has been reached (a portal that was off a week before the due date sends only the nearer reminder), or
    /// null before the first offset and after the due date.
    /// </summary>
    public static int? DueSoonOffset(DateOnly dueOn, DateOnly today, IEnumerable<int> daysBefore)
    {
        var left = dueOn.DayNumber - today.DayNumber;
        if (left < 0)
        {
            return null;
        }

        var reached = daysBefore.Where(d => d >= 0 && left <= d).ToList();
        return reached.Count == 0 ? null : reached.Min();
    }
}
