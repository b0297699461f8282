using DanVan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Migrations;

/// <summary>The portal's own database registration on a SQLite file, and reading a pragma of a context's open connection.</summary>
internal static class PortalDatabase
{
    /// <summary>The registration on <paramref name="file"/> (relative, under <paramref name="contentRoot"/>).</summary>
    public static ServiceProvider Services(string contentRoot, string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = $"Data Source={file}",
            })
            .Build();
        return new ServiceCollection()
            .AddDanVanDatabase(configuration, contentRoot)
            .BuildServiceProvider(validateScopes: true);
    }

    public static long Pragma(DanVanDbContext db, string name)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
