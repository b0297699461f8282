using System.Net;
using System.Text.RegularExpressions;
using DanVan.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Bench;

/// <summary>
/// The portal in process (TestServer: no socket, no address) in the Production environment, and clients signed in through
/// the real sign-in page over https://localhost. Without <paramref name="databasePath"/>: a fresh SQLite file with the demo
/// data on the wall clock; with it: that file as it is (no demo seeding) on <paramref name="clock"/>. Request logs are off;
/// the sign-in limits are lifted (every client signs in from the same, absent, address).
/// </summary>
internal sealed partial class BenchPortal(string? databasePath = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "danvan-bench", Guid.NewGuid().ToString("N"));

    public string DatabasePath => databasePath ?? Path.Combine(Folder, "danvan.db");

    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        var login = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = AntiforgeryToken().Match(login).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "DanVan.Web"), solutionName: "DanVan.sln");
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:DanVan", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", databasePath is null ? "true" : "false");
        builder.UseSetting("Notifications:Enabled", "false");
        builder.UseSetting("Evidence:Path", Path.Combine(Folder, "evidence"));
        builder.UseSetting("RateLimits:PerAccount", "100000");
        builder.UseSetting("RateLimits:PerAddress", "100000");
        builder.UseSetting("TwoFactor:RequiredRoles", string.Empty); // Production requires it of reviewers; the bench signs them in with passwords only
        builder.UseSetting("Logging:File:Path", Path.Combine(Folder, "logs", "danvan-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:DanVan", "Warning");
        if (clock is not null)
        {
            builder.ConfigureServices(s => s.RemoveAll<TimeProvider>().AddSingleton(clock));
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
