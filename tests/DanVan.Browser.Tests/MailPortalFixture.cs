using System.Globalization;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Browser.Tests;

/// <summary>The browser fixture's portal sending its e-mail to a real SMTP server on a loopback port of the test's.</summary>
public sealed class MailPortalFixture : PortalFixture
{
    public const string Sender = "congthongtin@danvan.local";

    public SmtpSink Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:From"] = Sender,
        ["Portal:BaseUrl"] = "https://danvan.test",
    };

    public override async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
