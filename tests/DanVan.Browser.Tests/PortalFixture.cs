using DanVan.Data.Seeding;
using DanVan.Testing;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// The portal on Kestrel (a real port, a fresh SQLite file, demo data, the fixed <see cref="TestClock"/> and no reminder
/// job of its own) and a headless Debian Chromium.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-browser", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(TestClock.Now);
    private Portal? _portal;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The portal's clock, which tests may read (e.g. to compute an authenticator code) or move.</summary>
    public FakeTimeProvider Clock => _clock;

    /// <summary>Settings a derived fixture adds to the portal's (e.g. an SMTP server of the test's).</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>();

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            if (BrowserFactAttribute.IsCi)
            {
                throw new InvalidOperationException($"CI=true but Chromium is missing at {BrowserFactAttribute.ChromiumPath}; install it with apt-get install -y chromium.");
            }

            return;
        }

        Directory.CreateDirectory(_folder);
        _portal = new Portal(_folder, _clock, ExtraSettings);
        _portal.UseKestrel(0);
        _portal.StartServer();
        var addresses = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public Task<IPage> SignedInPageAsync(string email) => SignedInPageAsync(email, null);

    /// <summary>
    /// A signed-in page in English: the culture cookie the header's language button sets (HTTP tests cover the button) is
    /// added to the browser and the page reloaded. Clicking the button through the collapsed menu timed out once in CI.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, ViewportSize? viewport, string language)
    {
        var page = await SignedInPageAsync(email, viewport);
        if (language == "en")
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den-US%7Cuic%3Den-US", Url = BaseAddress.ToString() }]);
            await page.ReloadAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }

        return page;
    }

    /// <summary>A page signed in as <paramref name="email"/>, in a window of the given size (Playwright's 1280×720 when null).</summary>
    public async Task<IPage> SignedInPageAsync(string email, ViewportSize? viewport)
    {
        var options = new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "vi-VN" };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
        }

        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Địa chỉ thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        try
        {
            // Waiting for the redirect's commit, not its load event: once, in CI, the signed-in page was shown and its
            // network idle, yet the load event was never seen and the wait timed out; the steps that follow wait for
            // what they need on the page.
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
            await page.Locator("main").WaitForAsync();
        }
        catch (TimeoutException ex)
        {
            var main = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Sign-in as {email} stayed on {page.Url}: {main}", ex);
        }

        return page;
    }

    /// <summary>Runs the e-mail sending job once, at the fixture's clock, as the hosted service would.</summary>
    public async Task SendNoticesAsync()
    {
        await using var scope = (_portal ?? throw new InvalidOperationException("The portal is not running.")).Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DanVan.Web.Notices.NoticeSender>().RunOnceAsync(_clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    /// <summary>Runs the hourly reminder job once, at the fixture's clock, as the hosted service would.</summary>
    public async Task RunRemindersAsync()
    {
        await using var scope = (_portal ?? throw new InvalidOperationException("The portal is not running.")).Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(_clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException ex)
            {
                var left = Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories)
                    .Select(entry => $"{entry} (written {File.GetLastWriteTimeUtc(entry):HH:mm:ss.fff})");
                throw new IOException($"Something wrote into the portal's folder while it was deleted, at {DateTime.UtcNow:HH:mm:ss.fff}: {string.Join(", ", left)}", ex);
            }
        }
    }

    private sealed class Portal(string folder, TimeProvider clock, IReadOnlyDictionary<string, string> extraSettings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:DanVan", $"Data Source={Path.Combine(folder, "danvan.db")}");
            builder.UseSetting("Seed:Demo", "true");
            builder.UseSetting("Seed:Hanoi2025", "false");
            builder.UseSetting("Logging:File:Path", Path.Combine(folder, "logs", "danvan-.log"));
            builder.UseSetting("RateLimits:PerAccount", "100000");
            builder.UseSetting("RateLimits:PerAddress", "100000");
            foreach (var (key, value) in extraSettings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseTestClock(clock);
        }
    }
}
