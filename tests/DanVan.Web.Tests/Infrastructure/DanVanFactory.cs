using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a fresh SQLite file of its own (one per test class through IClassFixture), with demo data, a fixed clock
/// (26/11/2026 10:00 in Hanoi, so the current period is Q4/2026) and logs in the same temporary folder.
/// </summary>
public class DanVanFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    public DanVanFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "danvan-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "danvan.db");

    public string LogFolder => Path.Combine(Folder, "logs");

    public FakeTimeProvider Clock { get; } = new(Now);

    protected virtual string EnvironmentName => "Testing";

    protected virtual bool SeedDemo => true;

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:DanVan", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:Demo", SeedDemo ? "true" : "false");
        builder.UseSetting("Logging:File:Path", Path.Combine(LogFolder, "danvan-.log"));
        builder.UseSetting("Evidence:Path", Path.Combine(Folder, "evidence"));
        builder.UseSetting("Notifications:Enabled", "false");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file still held open by the logger is left for the OS to clean up.
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
