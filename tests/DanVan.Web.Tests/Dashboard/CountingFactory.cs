using System.Collections.Concurrent;
using System.Data.Common;
using DanVan.Data;
using DanVan.Web.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// The portal with an interceptor that counts the SQL commands run while serving requests to /Dashboard (and only
/// those: a middleware marks the request's async flow, so sign-ins and background work are not counted). It keeps no
/// rendered page (<see cref="DashboardPageCache"/>), so that every view reads its figures, unless <see cref="KeepsPages"/>.
/// </summary>
public class CountingFactory : SignedInFactory
{
    private static readonly AsyncLocal<CommandCounter?> Current = new();

    public CommandCounter Counter { get; } = new();

    /// <summary>Whether the portal keeps rendered dashboards, as it does by default.</summary>
    protected virtual bool KeepsPages => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (!KeepsPages)
        {
            builder.UseSetting("Dashboard:PageCacheBytes", "0");
        }

        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteDanVanDbContext>(options => options.AddInterceptors(new CountingInterceptor()));
            services.AddSingleton<IStartupFilter>(new MarkDashboardRequests(Counter));
        });
    }

    /// <summary>How many commands the last marked requests ran, and their SQL.</summary>
    public sealed class CommandCounter
    {
        private readonly ConcurrentQueue<string> _texts = new();

        private int _count;

        public int Count => Volatile.Read(ref _count);

        public IReadOnlyCollection<string> Texts => _texts;

        public void Reset()
        {
            Interlocked.Exchange(ref _count, 0);
            _texts.Clear();
        }

        public void Record(string text)
        {
            Interlocked.Increment(ref _count);
            _texts.Enqueue(text);
        }
    }

    private sealed class CountingInterceptor : DbCommandInterceptor
    {
        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Current.Value?.Record(result.CommandText);
            return result;
        }
    }

    private sealed class MarkDashboardRequests(CommandCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                Current.Value = context.Request.Path.StartsWithSegments("/Dashboard") ? counter : null;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
