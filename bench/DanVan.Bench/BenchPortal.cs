using System.Net;
using System.Text.RegularExpressions;
using DanVan.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace DanVan.Bench;

/// <summary>The portal in process on a fresh SQLite file with the demo data, and clients signed in through the real sign-in page.</summary>
internal sealed partial class BenchPortal : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "danvan-bench", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "danvan.db");

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
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
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:DanVan", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Notifications:Enabled", "false");
        builder.UseSetting("Logging:File:Path", Path.Combine(Folder, "logs", "danvan-.log"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
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
