namespace DanVan.Domain.Settings;

/// <summary>
/// Which instance of the portal runs a background job (the reminders and notice e-mails) for now: a row per job with
/// its holder and an expiry the holder renews on every run. Another instance takes the job only once the lease has
/// expired, so with several instances behind a load balancer the job runs on exactly one at a time, and moves to
/// another when that one stops.
/// </summary>
public sealed class JobLease
{
    public const int NameLength = 100;
    public const int HolderLength = 200;

    /// <summary>The job that creates the period reminders.</summary>
    public const string Reminders = "reminders";

    /// <summary>The job that sends notice e-mails.</summary>
    public const string NoticeMail = "notice-mail";

    private JobLease()
    {
        Name = string.Empty;
        Holder = string.Empty;
    }

    public string Name { get; private set; }

    public string Holder { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public static JobLease Create(string name, string holder, DateTime expiresAtUtc) => new()
    {
        Name = Guard.Text(name, NameLength, "lease.name"),
        Holder = Guard.Text(holder, HolderLength, "lease.holder"),
        ExpiresAtUtc = expiresAtUtc,
    };

    /// <summary>Whether <paramref name="holder"/> may take or renew the lease at <paramref name="nowUtc"/>.</summary>
    public bool IsFreeFor(string holder, DateTime nowUtc) => Holder == holder || ExpiresAtUtc <= nowUtc;
}
