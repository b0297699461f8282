using DanVan.Data.Seeding;
using Serilog;

namespace DanVan.Web.Hosting;

public static class PipelineSetup
{
    /// <summary>Migrates and seeds the database; demo accounts and sample reports only in Development or with <c>Seed:Demo=true</c>.</summary>
    public static Task InitializeDatabaseAsync(this WebApplication app)
    {
        var includeDemo = app.Configuration.GetValue<bool?>("Seed:Demo") ?? app.Environment.IsDevelopment();
        return DatabaseInitializer.InitializeAsync(app.Services, includeDemo, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseDanVanPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Https:Redirect", !app.Environment.IsDevelopment()))
        {
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
