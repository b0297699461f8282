using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// The portal as in production (no demo data), plus a test-only path <see cref="ThrowPath"/> whose request throws an
/// exception carrying <see cref="SecretMessage"/>. The throwing middleware sits after the portal's whole pipeline, so
/// the request goes through the exception handler, authentication and authorization like any page request.
/// </summary>
public sealed class ThrowingProductionFactory : DanVanFactory
{
    public const string ThrowPath = "/__throw";
    public const string SecretMessage = "boom-secret";

    protected override string EnvironmentName => "Production";

    protected override bool SeedDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingStartupFilter>());
    }

    private sealed class ThrowingStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path.Equals(ThrowPath, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException(SecretMessage);
                }

                await nextMiddleware(context);
            });
        };
    }
}
