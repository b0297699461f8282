using DanVan.Domain.Notifications;

namespace DanVan.Domain.Tests.Notifications;

public sealed class NoticeRulesTests
{
    private static readonly DateOnly DueOn = new(2026, 12, 20);

    [Theory]
    [InlineData(10, null)]
    [InlineData(7, 7)]
    [InlineData(5, 7)]
    [InlineData(2, 2)]
    [InlineData(0, 2)]
    [InlineData(-1, null)]
    public void The_nearest_reached_offset_is_the_due_reminder_of_the_day(int daysLeft, int? expected) =>
        Assert.Equal(expected, NoticeRules.DueSoonOffset(DueOn, DueOn.AddDays(-daysLeft), NoticeRules.DefaultDueSoonDays));

    [Fact]
    public void Returned_and_overdue_are_essential_and_nothing_else_is()
    {
        var essential = Enum.GetValues<NotificationKind>().Where(NoticeRules.IsEssential).ToList();
        Assert.Equal([NotificationKind.ReportReturned, NotificationKind.Overdue], essential);
    }

    [Fact]
    public void Submissions_go_to_reviewers_and_everything_else_to_the_agency()
    {
        Assert.Equal(NoticeAudience.Reviewers, NoticeRules.AudienceOf(NotificationKind.ReportSubmitted));
        Assert.All(Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.ReportSubmitted),
            k => Assert.Equal(NoticeAudience.AgencyReporters, NoticeRules.AudienceOf(k)));
        Assert.True(NoticeRules.OnlyWithoutSubmission(NotificationKind.DueSoon));
        Assert.True(NoticeRules.OnlyWithoutSubmission(NotificationKind.Overdue));
        Assert.False(NoticeRules.OnlyWithoutSubmission(NotificationKind.PeriodOpened));
    }

    [Fact]
    public void Keys_differ_per_offset_and_per_transition_and_repeat_for_the_same_occasion()
    {
        var at = new DateTime(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);
        Assert.NotEqual(NoticeKeys.ForPeriod(NotificationKind.DueSoon, 4, 7), NoticeKeys.ForPeriod(NotificationKind.DueSoon, 4, 2));
        Assert.Equal(NoticeKeys.ForPeriod(NotificationKind.Overdue, 4), NoticeKeys.ForPeriod(NotificationKind.Overdue, 4));
        Assert.NotEqual(NoticeKeys.ForReport(NotificationKind.ReportReturned, 9, 1, at), NoticeKeys.ForReport(NotificationKind.ReportReturned, 9, 1, at.AddMinutes(5)));
        Assert.NotEqual(NoticeKeys.ForReport(NotificationKind.ReportReturned, 9, 1, at), NoticeKeys.ForReport(NotificationKind.ReportAccepted, 9, 1, at));
        Assert.All(new[] { NoticeKeys.ForPeriod(NotificationKind.PeriodOpened, int.MaxValue), NoticeKeys.ForReport(NotificationKind.ReportSubmitted, int.MaxValue, int.MaxValue, DateTime.MaxValue) },
            key => Assert.True(key.Length <= Notification.KeyLength));
    }
}
