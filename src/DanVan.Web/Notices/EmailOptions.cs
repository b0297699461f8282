namespace DanVan.Web.Notices;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// The <c>Email</c> section (SMTP server, sender, retries) and <c>Portal:BaseUrl</c>, the address links in mails start
/// with. E-mail is on only when the SMTP host, the sender address and the base URL are all set.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public const string DefaultSenderName = "Cổng theo dõi Chỉ thị 07-CT/TU";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The sender address, e.g. "danvan@hanoi.gov.vn".</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = DefaultSenderName;

    /// <summary>The portal's public address (from <c>Portal:BaseUrl</c>), e.g. "https://danvan.hanoi.gov.vn/".</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How often the sending job looks for mail to send.</summary>
    public int IntervalSeconds { get; set; } = 60;

    public int MaxAttempts { get; set; } = 5;

    public int FirstRetryMinutes { get; set; } = 1;

    public int RetryFactor { get; set; } = 5;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Smtp.Host) && !string.IsNullOrWhiteSpace(From) && Uri.TryCreate(BaseUrl, UriKind.Absolute, out _);

    public Domain.Notifications.RetrySchedule Retries => new(TimeSpan.FromMinutes(Math.Max(0, FirstRetryMinutes)), RetryFactor, Math.Max(1, MaxAttempts));

    /// <summary>The absolute address of a portal path ("~/Reports/Details/4" or "/Account/Notices").</summary>
    public string Link(string path) => new Uri(new Uri(BaseUrl!.TrimEnd('/') + "/"), path.TrimStart('~', '/')).AbsoluteUri;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }
}
