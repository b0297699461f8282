using DanVan.Domain.Notifications;

namespace DanVan.Domain.Tests.Notifications;

public sealed class NoticeDeliveryTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_default_back_off_waits_1_5_25_and_125_minutes_and_then_gives_up()
    {
        var delays = Enumerable.Range(1, 5).Select(RetrySchedule.Default.DelayAfter).ToList();

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(125), null], delays);
    }

    [Fact]
    public void A_failed_send_is_pending_again_after_back_off_until_the_last_attempt_fails_it()
    {
        var delivery = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.Overdue), NoticeChannel.Email, Now);
        var schedule = new RetrySchedule(TimeSpan.FromMinutes(1), 5, 3);

        delivery.MarkFailed("connection refused", Now, schedule);
        Assert.Equal((DeliveryState.Pending, 1, Now.AddMinutes(1)), (delivery.State, delivery.Attempts, delivery.DueAtUtc));
        delivery.MarkFailed("connection refused", Now.AddMinutes(1), schedule);
        Assert.Equal((DeliveryState.Pending, 2, Now.AddMinutes(6)), (delivery.State, delivery.Attempts, delivery.DueAtUtc));
        delivery.MarkFailed(new string('x', 5000), Now.AddMinutes(6), schedule);

        Assert.Equal((DeliveryState.Failed, 3), (delivery.State, delivery.Attempts));
        Assert.Equal(NoticeDelivery.ErrorLength, delivery.LastError!.Length);
    }

    [Fact]
    public void A_sent_delivery_keeps_when_it_was_sent()
    {
        var delivery = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.ReportAccepted), NoticeChannel.Email, Now);

        delivery.MarkSent(Now.AddSeconds(3));

        Assert.Equal((DeliveryState.Sent, Now.AddSeconds(3)), (delivery.State, delivery.SentAtUtc));
    }

    [Fact]
    public void A_users_digest_deliveries_make_one_mail_oldest_first_and_each_email_delivery_its_own()
    {
        var late = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.DueSoon, "a", Now.AddHours(2)), NoticeChannel.Digest, Now.AddHours(7));
        var early = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.PeriodOpened, "a", Now), NoticeChannel.Digest, Now.AddHours(7));
        var other = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.PeriodOpened, "b", Now), NoticeChannel.Digest, Now.AddHours(7));
        var single1 = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.Overdue, "a"), NoticeChannel.Email, Now);
        var single2 = NoticeDelivery.For(NoticeSettingsTests.Notice(NotificationKind.ReportAccepted, "a"), NoticeChannel.Email, Now);

        var mails = NoticeMail.Group([late, single1, early, other, single2]);

        Assert.Equal(4, mails.Count);
        Assert.Equal(2, mails.Count(m => m.Channel == NoticeChannel.Email && m.Deliveries.Count == 1));
        Assert.Equal([early, late], mails.Single(m => m.Channel == NoticeChannel.Digest && m.UserId == "a").Deliveries);
        Assert.Equal([other], mails.Single(m => m.Channel == NoticeChannel.Digest && m.UserId == "b").Deliveries);
    }
}
