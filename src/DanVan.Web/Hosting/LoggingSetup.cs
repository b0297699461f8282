using Serilog;
using Serilog.Events;

namespace DanVan.Web.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and to rolling daily files (<c>Logging:File:Path</c>, default data/logs), configurable under
    /// the <c>Serilog</c> section. Request bodies, form fields and headers are never logged, so neither are passwords.
    /// </summary>
    public static WebApplicationBuilder AddDanVanLogging(this WebApplicationBuilder builder)
    {
        var filePath = Path.GetFullPath(
            builder.Configuration["Logging:File:Path"] ?? Path.Combine("data", "logs", "danvan-.log"),
            builder.Environment.ContentRootPath);
        builder.Services.AddSerilog(
            (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                filePath,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
        return builder;
    }
}
