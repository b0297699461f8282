using DanVan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a fresh SQLite file of its own (one per test class through IClassFixture), with demo data, a fixed clock
/// (<see cref="TestClock.Now"/>, so the current period is Q4/2026) that tests may move, no reminder job of its own, and
/// logs in the same temporary folder. Credential attempts are practically unlimited (a class signs in many times from
/// one address); <c>RateLimitTests</c> set small limits. A request may say where it comes from with <see cref="ClientAddress.Header"/>.
/// </summary>
public class DanVanFactory : WebApplicationFactory<Program>
{
    public DanVanFactory()
        : this(Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N")))
    {
    }

    /// <summary>A portal on the folder (database, logs, evidence) of an earlier one, as after a restart.</summary>
    protected DanVanFactory(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "danvan.db");

    public string LogFolder => Path.Combine(Folder, "logs");

    public FakeTimeProvider Clock { get; } = new(TestClock.Now);

    protected virtual string EnvironmentName => "Testing";

    protected virtual bool SeedDemo => true;

    /// <summary>Whether the demo has Hanoi's 1 July 2025 restructuring; most tests use the pre-2025 districts.</summary>
    protected virtual bool Hanoi2025 => false;

    /// <summary>Whether disposing the portal deletes its folder; a portal that another will restart on keeps it.</summary>
    protected virtual bool DeletesFolder => true;

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:DanVan", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", SeedDemo ? "true" : "false");
        builder.UseSetting("Seed:Hanoi2025", Hanoi2025 ? "true" : "false");
        builder.UseSetting("Logging:File:Path", Path.Combine(LogFolder, "danvan-.log"));
        builder.UseSetting("Evidence:Path", Path.Combine(Folder, "evidence"));
        builder.UseSetting("RateLimits:PerAccount", "100000");
        builder.UseSetting("RateLimits:PerAddress", "100000");
        builder.UseTestClock(Clock);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddress.StartupFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
        }

        if (disposing && DeletesFolder)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean up: a failed clean-up of a temporary folder is not what the tests check (the browser
                // suite's fixture reports what was left instead).
            }
        }
    }
}

/// <summary>The portal as it runs in production: no demo data, no demo accounts.</summary>
public sealed class ProductionFactory : DanVanFactory
{
    protected override string EnvironmentName => "Production";

    protected override bool SeedDemo => false;
}
