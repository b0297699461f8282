using DanVan.Domain.Notifications;

namespace DanVan.Domain.Tests.Notifications;

public sealed class NoticeSettingsTests
{
    /// <summary>26/11/2026 10:00 in Hanoi.</summary>
    private static readonly DateTime Now = new(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_kind_goes_by_email_at_once_until_the_user_chooses_otherwise()
    {
        var settings = NoticeSettings.For("u1");

        Assert.All(Enum.GetValues<NotificationKind>(), kind => Assert.Equal(NoticeMode.EmailNow, settings.ModeFor(kind)));
        Assert.Equal(NoticeSettings.DefaultDigestHour, settings.DigestHour);
    }

    [Theory]
    [InlineData(NotificationKind.ReportReturned)]
    [InlineData(NotificationKind.Overdue)]
    public void An_essential_kind_cannot_be_kept_to_the_bell_but_may_go_to_the_digest(NotificationKind kind)
    {
        var settings = NoticeSettings.For("u1");

        var ex = Assert.Throws<DomainException>(() => settings.Choose(kind, NoticeMode.InAppOnly));
        settings.Choose(kind, NoticeMode.Digest);

        Assert.Equal("notices.essential", ex.Code);
        Assert.Equal(NoticeMode.Digest, settings.ModeFor(kind));
    }

    [Fact]
    public void Other_kinds_may_be_kept_to_the_bell_and_changed_again()
    {
        var settings = NoticeSettings.For("u1");

        settings.Choose(NotificationKind.PeriodOpened, NoticeMode.InAppOnly);
        settings.Choose(NotificationKind.PeriodOpened, NoticeMode.Digest);

        Assert.Equal(NoticeMode.Digest, settings.ModeFor(NotificationKind.PeriodOpened));
        Assert.Single(settings.Choices);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void A_digest_hour_outside_the_day_is_refused(int hour) =>
        Assert.Equal("notices.digestHour", Assert.Throws<DomainException>(() => NoticeSettings.For("u1").SetDigestHour(hour)).Code);

    [Fact]
    public void An_unknown_mode_is_refused() =>
        Assert.Equal("notices.unknownMode", Assert.Throws<DomainException>(() => NoticeSettings.For("u1").Choose(NotificationKind.PeriodOpened, (NoticeMode)42)).Code);

    [Theory]
    [InlineData(17, "2026-11-26T10:00:00Z")]
    [InlineData(10, "2026-11-26T03:00:00Z")]
    [InlineData(7, "2026-11-27T00:00:00Z")]
    [InlineData(0, "2026-11-26T17:00:00Z")]
    public void The_digest_goes_out_at_the_next_digest_hour_in_Hanoi(int hour, string expected)
    {
        var settings = NoticeSettings.For("u1");
        settings.SetDigestHour(hour);

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), settings.NextDigestUtc(Now));
    }

    [Fact]
    public void A_new_notice_gets_a_delivery_by_its_mode()
    {
        var settings = NoticeSettings.For("u1");
        settings.SetDigestHour(17);
        settings.Choose(NotificationKind.PeriodOpened, NoticeMode.InAppOnly);
        settings.Choose(NotificationKind.DueSoon, NoticeMode.Digest);

        var now = settings.DeliveryFor(Notice(NotificationKind.ReportAccepted), Now)!;
        var digest = settings.DeliveryFor(Notice(NotificationKind.DueSoon), Now)!;

        Assert.Null(settings.DeliveryFor(Notice(NotificationKind.PeriodOpened), Now));
        Assert.Equal((NoticeChannel.Email, Now, DeliveryState.Pending), (now.Channel, now.DueAtUtc, now.State));
        Assert.Equal((NoticeChannel.Digest, Now.AddHours(7)), (digest.Channel, digest.DueAtUtc));
        Assert.Equal("u1", digest.UserId);
    }

    internal static Notification Notice(NotificationKind kind, string userId = "u1", DateTime? at = null) =>
        Notification.About(userId, kind, NoticeKeys.ForPeriod(kind, 1), at ?? Now, periodId: 1);
}
