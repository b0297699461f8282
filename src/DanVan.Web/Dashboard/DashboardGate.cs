using DanVan.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Dashboard;

/// <summary>Section <c>Dashboards</c>: how many dashboard pages are built at once (<see cref="DashboardGate"/>).</summary>
public sealed class DashboardOptions : BuildGateOptions
{
    public const string Section = "Dashboards";
}

/// <summary>
/// The dashboard pages built at once, from reading their figures to the last byte of their HTML (a city dashboard is about
/// 290 KB of it). Measured on two cores (bench <c>-- rush</c>, docs/performance.md), 100 city dashboards built at once took
/// the portal's resident set from 331 to 508 MiB while answering no more per second than a few at a time.
/// </summary>
public sealed class DashboardGate(IOptions<DashboardOptions> options) : BuildGate(options.Value.Slots)
{
    /// <summary>Puts a page's whole answer, its handler and its rendering, within the <see cref="DashboardGate"/>.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class BuiltWithinAttribute : Attribute, IAsyncResourceFilter
    {
        public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(next);
            var gate = context.HttpContext.RequestServices.GetRequiredService<DashboardGate>();
            using (await gate.EnterAsync(context.HttpContext.RequestAborted))
            {
                await next();
            }
        }
    }
}
