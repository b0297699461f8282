using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Web.Api;
using Serilog;

namespace DanVan.Web.Hosting;

public static class PipelineSetup
{
    /// <summary>
    /// Scripts and everything else only from the portal itself (Bootstrap and Chart.js are vendored); inline styles stay
    /// allowed for the indentation of unit trees; the portal is never framed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference (administrators only) starts Scalar's vendored script with an inline module the package writes:
    /// its pages alone also allow inline scripts; everything still comes from the portal itself.
    /// </summary>
    public static readonly string ReferenceContentSecurityPolicy = ContentSecurityPolicy.Replace("script-src 'self';", "script-src 'self' 'unsafe-inline';", StringComparison.Ordinal);

    /// <summary>
    /// Migrates and seeds the database; demo accounts and sample reports only in Development or with <c>Seed:Demo=true</c>.
    /// The demo is Hanoi today (the 1 July 2025 restructuring applied) unless <c>Seed:Hanoi2025=false</c>, which keeps the
    /// pre-2025 districts: the fixture most tests are written against.
    /// </summary>
    public static Task InitializeDatabaseAsync(this WebApplication app)
    {
        var includeDemo = app.Configuration.GetValue<bool?>("Seed:Demo") ?? app.Environment.IsDevelopment();
        var restructured2025 = includeDemo && app.Configuration.GetValue("Seed:Hanoi2025", true);
        return DatabaseInitializer.InitializeAsync(app.Services, includeDemo, app.Lifetime.ApplicationStopping, restructured2025);
    }

    public static WebApplication UseDanVanPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();

        // The API answers problem details (application/problem+json) for every error, in every environment: never the
        // error page, never a stack trace.
        app.UseWhen(ApiSetup.IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = DatabaseBusy.StatusCodeOf }).UseStatusCodePages());
        app.UseWhen(context => !ApiSetup.IsApi(context), pages =>
        {
            if (app.Environment.IsDevelopment())
            {
                pages.UseDeveloperExceptionPage();
            }
            else
            {
                pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = DatabaseBusy.StatusCodeOf });
            }

            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Https:Redirect", !app.Environment.IsDevelopment()))
        {
            app.UseHttpsRedirection();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiSetup.ReferencePath) ? ReferenceContentSecurityPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next();
        });
        app.UseStaticFiles();
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseRequestLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHttpsRequirement();
        }

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseDanVanRateLimits();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
        app.MapDanVanApi();
        return app;
    }
}
