using System.Globalization;

namespace DanVan.Domain.Notifications;

/// <summary>
/// The once-only keys of notices. A period notice happens once per period (a due-date reminder once per period and
/// offset); a report notice once per transition of the report, named by its version and the instant of the transition
/// (a report can be returned twice at the same version: by a reviewer, then reopened by an administrator).
/// </summary>
public static class NoticeKeys
{
    public static string ForPeriod(NotificationKind kind, int periodId, int? daysBefore = null) =>
        daysBefore is { } days
            ? string.Create(CultureInfo.InvariantCulture, $"{kind}:period:{periodId}:d{days}")
            : string.Create(CultureInfo.InvariantCulture, $"{kind}:period:{periodId}");

    public static string ForReport(NotificationKind kind, int reportId, int version, DateTime atUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:report:{reportId}:v{version}:{atUtc:yyyyMMddHHmmssfffffff}");
}
