using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Web.Api;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Web.Hosting;

public static class ServiceSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en-US")];

    /// <summary>The Data Protection application name: the same on every instance and release, so they read each other's cookies.</summary>
    public const string ApplicationName = "DanVan";

    public static WebApplicationBuilder AddDanVanServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDanVanClock(builder.Configuration, builder.Environment);
        services.AddDanVanDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<DanVanDbContext>();
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHealthChecks().AddDbContextCheck<DanVanDbContext>("database");
        services.AddDanVanIdentity(builder, builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddDanVanAuthorization();
        services.AddDanVanRateLimits(builder.Configuration);
        services.AddDanVanApi();
        services.AddDanVanForwardedHeaders(builder.Configuration);
        services.AddDanVanPages();
        services.AddDanVanNotices(builder.Configuration);
        services.AddScoped<Importing.ImportStaging>().AddScoped<Importing.BulkImporter>().AddScoped<Importing.ImportPasswords>();
        services.AddScoped<Dashboard.DashboardQueries>();
        services.AddScoped<Search.PortalSearch>();
        services.AddScoped<Dashboard.DashboardFigureLoader>();
        services.Configure<Dashboard.FigureCacheOptions>(builder.Configuration.GetSection(Dashboard.FigureCacheOptions.Section));
        services.AddSingleton<Dashboard.FigureCache>();
        services.Configure<Dashboard.DashboardPageCacheOptions>(builder.Configuration.GetSection(Dashboard.DashboardPageCacheOptions.Section));
        services.AddSingleton<Dashboard.DashboardPageCache>();
        services.Configure<Exports.ExportOptions>(builder.Configuration.GetSection(Exports.ExportOptions.Section));
        services.AddSingleton<Exports.ExportGate>();
        services.Configure<Dashboard.DashboardOptions>(builder.Configuration.GetSection(Dashboard.DashboardOptions.Section));
        services.AddSingleton<Dashboard.DashboardGate>();
        services.Configure<EvidenceOptions>(builder.Configuration.GetSection(EvidenceOptions.Section));
        services.AddSingleton<EvidenceStore>();

        // A file a little over the limit is still read, so the page can say it is too large; larger bodies are refused while reading.
        services.AddOptions<FormOptions>().Configure<IOptions<EvidenceOptions>>((form, evidence) =>
            form.MultipartBodyLengthLimit = evidence.Value.MaxFileBytes + (64 * 1024));
        return builder;
    }

    /// <summary>Cookies are Secure everywhere but in Development, where the portal runs on plain http://localhost.</summary>
    private static void AddDanVanIdentity(this IServiceCollection services, WebApplicationBuilder builder, CookieSecurePolicy cookieSecurity)
    {
        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<DanVanDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<DanVanSignInManager>()
            .AddClaimsPrincipalFactory<DanVanClaimsPrincipalFactory>()
            .AddDanVanTwoFactor(builder.Configuration, builder.Environment, cookieSecurity);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "DanVan.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = cookieSecurity);
    }

    private static void AddDanVanAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.CityReviewer, Roles.DistrictReviewer))
            .AddPolicy(Policies.Reporting, p => p.RequireRole(Roles.AgencyHead, Roles.AgencyStaff))
            .AddPolicy(Policies.Dashboard, p => p.RequireRole(Roles.CityReviewer, Roles.DistrictReviewer, Roles.Administrator, Roles.Viewer));
        services.AddSingleton<IAuthorizationHandler, AgencyAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, ReportAuthorizationHandler>();
    }

    private static void AddDanVanPages(this IServiceCollection services)
    {
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<IConfigureOptions<MvcOptions>, ModelBindingMessages>();
        services.AddSingleton<DefaultValidationMessages>();
        services.AddSingleton<IPostConfigureOptions<MvcOptions>>(sp => sp.GetRequiredService<DefaultValidationMessages>());
        services.AddSingleton<IPostConfigureOptions<MvcViewOptions>>(sp => sp.GetRequiredService<DefaultValidationMessages>());
        services.AddSingleton<IConfigureOptions<MvcOptions>, Binding.BooleanBinding>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services
            .AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
                options.Conventions.AuthorizeFolder("/Review", Policies.Review);
                options.Conventions.AuthorizeFolder("/Dashboard", Policies.Dashboard);
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AllowAnonymousToPage("/Account/TwoFactorSignIn");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Culture");
                options.Conventions.AddPageApplicationModelConvention("/Account/Login", page => page.EndpointMetadata.Add(new CredentialAttempt(CredentialAccount.Form)));
                options.Conventions.AddPageApplicationModelConvention("/Account/TwoFactorSignIn", page => page.EndpointMetadata.Add(new CredentialAttempt(CredentialAccount.PendingSignIn)));
                options.Conventions.AddPageApplicationModelConvention("/Account/ChangePassword", page => page.EndpointMetadata.Add(new CredentialAttempt(CredentialAccount.SignedIn)));
                options.Conventions.AddPageApplicationModelConvention("/Account/TwoFactor", page => page.EndpointMetadata.Add(new CredentialAttempt(CredentialAccount.SignedIn)));
                options.Conventions.AddPageApplicationModelConvention("/Admin/Users/Edit", page => page.EndpointMetadata.Add(new CredentialAttempt(CredentialAccount.SignedIn, Handler: "ResetPassword")));
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<RequiredAccountStepsFilter>();
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
    }
}
