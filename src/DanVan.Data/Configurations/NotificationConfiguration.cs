using DanVan.Data.Identity;
using DanVan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyLength);
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc, n.CreatedAtUtc });
        builder.HasIndex(n => new { n.UserId, n.Kind, n.PeriodId, n.ReportId });

        // Once per user and occasion, whoever creates it (two instances, a retried run).
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
    }
}

internal sealed class NoticeDeliveryConfiguration : IEntityTypeConfiguration<NoticeDelivery>
{
    public void Configure(EntityTypeBuilder<NoticeDelivery> builder)
    {
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.LastError).HasMaxLength(NoticeDelivery.ErrorLength);
        builder.HasOne(d => d.Notification).WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);

        // Once per notice and channel: the outbox key that makes a restart, a retry or a second instance send nothing twice.
        builder.HasIndex(d => new { d.NotificationId, d.Channel }).IsUnique();
        builder.HasIndex(d => new { d.State, d.DueAtUtc });
    }
}

internal sealed class NoticeSettingsConfiguration : IEntityTypeConfiguration<NoticeSettings>
{
    public void Configure(EntityTypeBuilder<NoticeSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<NoticeSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(s => s.Choices, choice =>
        {
            choice.ToTable("NoticeChoices");
            choice.WithOwner().HasForeignKey(nameof(NoticeSettings.UserId));
            choice.HasKey(nameof(NoticeSettings.UserId), nameof(NoticeChoice.Kind));
            choice.Property(c => c.Kind);
            choice.Property(c => c.Mode);
        });
        builder.Navigation(s => s.Choices).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
