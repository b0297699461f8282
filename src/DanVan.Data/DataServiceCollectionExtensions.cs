using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "DanVan";

    /// <summary>
    /// Registers <see cref="DanVanDbContext"/> on the provider named by <c>Database:Provider</c> (Sqlite by default) with
    /// the connection string <c>ConnectionStrings:DanVan</c>. A relative SQLite file path is taken from <paramref name="contentRoot"/>.
    /// Contexts are pooled: a request's context (and its connection object, on which EF registers its SQLite functions)
    /// is reset and reused rather than built again; the context keeps no state of its own beyond EF's.
    /// </summary>
    public static IServiceCollection AddDanVanDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:DanVan is empty.");
                }

                services.AddDbContextPool<DanVanDbContext, SqlServerDanVanDbContext>(o => o.UseSqlServer(connectionString).AddInterceptors(AuditAppendOnlyInterceptor.Instance));
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString, contentRoot);
                services.AddDbContextPool<DanVanDbContext, SqliteDanVanDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(new SqlitePragmaInterceptor(), AuditAppendOnlyInterceptor.Instance));
                break;
        }

        return services;
    }

    /// <summary>
    /// Resolves the SQLite file under the content root (default <c>data/danvan.db</c>) and creates its folder; a writer
    /// waits for another up to the connection string's <c>Default Timeout</c> (Microsoft.Data.Sqlite's default, 30 s, when it sets none).
    /// </summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/danvan.db" : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
