using DanVan.Web.Tests.Infrastructure.Shadow;
using Microsoft.AspNetCore.Hosting;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// A signed-in portal with e-mail (<see cref="EmailFactory"/>) whose every query, from start-up on, is also translated on
/// SQL Server by <see cref="Shadow"/>; what the portal answers still comes from SQLite alone.
/// </summary>
public sealed class SqlServerShadowFactory : EmailFactory
{
    public SqlServerShadow Shadow { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSqlServerShadow(Shadow));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Shadow.Dispose();
        }
    }
}
