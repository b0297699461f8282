using DanVan.Data;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Infrastructure.Shadow;

public static class ShadowRegistration
{
    /// <summary>Makes every query of the SQLite context go through <paramref name="shadow"/> first (<see cref="ShadowQueryCompiler"/>).</summary>
    public static IServiceCollection AddSqlServerShadow(this IServiceCollection services, SqlServerShadow shadow)
    {
        services.AddSingleton(shadow).AddHttpContextAccessor();
#pragma warning disable EF1001 // IQueryCompiler is internal to EF Core; see ShadowQueryCompiler.
        return services.ConfigureDbContext<SqliteDanVanDbContext>(o => o.ReplaceService<IQueryCompiler, ShadowQueryCompiler>());
#pragma warning restore EF1001
    }
}
