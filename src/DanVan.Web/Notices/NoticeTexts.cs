using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Notices;

/// <summary>
/// What a notification says and where it leads, for the bell's list and the e-mails alike: the periods, agencies and
/// reports of a set of notifications are read with one query each, then each sentence is written in the current culture.
/// </summary>
public sealed class NoticeTexts
{
    private readonly Dictionary<int, (int PeriodId, int AgencyId, string? ReturnComment)> _reports;
    private readonly Dictionary<int, ReportingPeriod> _periods;
    private readonly Dictionary<int, string> _agencies;

    private NoticeTexts(Dictionary<int, (int, int, string?)> reports, Dictionary<int, ReportingPeriod> periods, Dictionary<int, string> agencies) =>
        (_reports, _periods, _agencies) = (reports, periods, agencies);

    public static async Task<NoticeTexts> LoadAsync(DanVanDbContext db, IReadOnlyCollection<Notification> notices, CancellationToken ct)
    {
        var reportIds = notices.Select(n => n.ReportId).OfType<int>().Distinct().ToList();
        var reports = await db.Reports.Where(r => reportIds.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                r.PeriodId,
                r.AgencyId,
                Comment = r.Transitions.Where(t => t.To == ReportStatus.Returned).OrderByDescending(t => t.AtUtc).Select(t => t.Comment).FirstOrDefault(),
            })
            .ToDictionaryAsync(r => r.Id, r => (r.PeriodId, r.AgencyId, r.Comment), ct);
        var periodIds = notices.Select(n => n.PeriodId).OfType<int>().Concat(reports.Values.Select(r => r.PeriodId)).Distinct().ToList();
        var agencyIds = notices.Select(n => n.AgencyId).OfType<int>().Concat(reports.Values.Select(r => r.AgencyId)).Distinct().ToList();
        var periods = await db.Periods.AsNoTracking().Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var agencies = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return new NoticeTexts(reports, periods, agencies);
    }

    /// <summary>
    /// Where opening the notification leads: a submitted report to its review, a returned one to the form that corrects it,
    /// an accepted one to the report, a period's notice to the agency's report for the period.
    /// </summary>
    public static string Target(Notification n) => n switch
    {
        { Kind: NotificationKind.ReportSubmitted, ReportId: { } reportId } => $"~/Review/Report/{reportId}",
        { Kind: NotificationKind.ReportReturned, PeriodId: { } returnedIn } => $"~/Reports/Edit/{returnedIn}",
        { Kind: NotificationKind.ReportReturned or NotificationKind.ReportAccepted, ReportId: { } reportId } => $"~/Reports/Details/{reportId}",
        { PeriodId: { } periodId } => $"~/Reports/Edit/{periodId}",
        _ => "~/Notifications",
    };

    /// <summary>The reviewer's comment of a returned report, to quote in its e-mail.</summary>
    public string? ReturnComment(Notification n) =>
        n.Kind == NotificationKind.ReportReturned && n.ReportId is { } r && _reports.TryGetValue(r, out var report) ? report.ReturnComment : null;

    public string Sentence(Notification n, IStringLocalizer l)
    {
        var period = PeriodOf(n) is { } periodId ? _periods.GetValueOrDefault(periodId) : null;
        var periodName = period is null ? "—" : l.PeriodName(period);
        var agency = AgencyOf(n) is { } agencyId ? _agencies.GetValueOrDefault(agencyId) ?? "—" : "—";
        var daysLeft = period is null ? 0 : period.DueOn.DayNumber - DateOnly.FromDateTime(Hanoi.ToLocal(n.CreatedAtUtc)).DayNumber;
        return n.Kind switch
        {
            NotificationKind.ReportReturned => l["The report for {0} of {1} was returned", periodName, agency],
            NotificationKind.ReportAccepted => l["The report for {0} of {1} was accepted", periodName, agency],
            NotificationKind.ReportSubmitted => l["The report for {0} of {1} was submitted and awaits your review", periodName, agency],
            NotificationKind.PeriodOpened => l["Reporting for {0} is open", periodName],
            NotificationKind.DueSoon when daysLeft > 0 => l["{0} days left to submit the report for {1}", daysLeft, periodName],
            NotificationKind.DueSoon => l["The report for {0} is due today", periodName],
            _ => l["The report for {0} is overdue; it was due on {1}", periodName, period is null ? "—" : LocalizerExtensions.Day(period.DueOn)],
        };
    }

    private int? PeriodOf(Notification n) => n.PeriodId ?? (n.ReportId is { } r && _reports.TryGetValue(r, out var report) ? report.PeriodId : null);

    private int? AgencyOf(Notification n) => n.AgencyId ?? (n.ReportId is { } r && _reports.TryGetValue(r, out var report) ? report.AgencyId : null);
}
