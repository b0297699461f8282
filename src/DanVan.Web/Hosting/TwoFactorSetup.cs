using DanVan.Web.Authorization.TwoFactor;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Web.Hosting;

/// <summary>
/// Two-factor sign-in with an authenticator app: the clocked token provider as Identity's authenticator provider, the
/// <see cref="TwoFactorOptions"/> (required roles: the configured list, else in Production administrators and reviewers,
/// elsewhere none; <see cref="TwoFactorPolicy"/> adds the roles administrators tick on /Admin/Security), and the cookies of the second step and of a remembered browser set like the sign-in cookie.
/// </summary>
public static class TwoFactorSetup
{
    public static IdentityBuilder AddDanVanTwoFactor(this IdentityBuilder identity, IConfiguration configuration, IHostEnvironment environment, CookieSecurePolicy cookieSecurity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var services = identity.Services;
        services.AddScoped<TwoFactorPolicy>();
        identity.AddTokenProvider<ClockedAuthenticatorTokenProvider>(ClockedAuthenticatorTokenProvider.Name);
        services.Configure<IdentityOptions>(options => options.Tokens.AuthenticatorTokenProvider = ClockedAuthenticatorTokenProvider.Name);
        services.Configure<TwoFactorOptions>(options =>
            options.RequiredRoles = configuration[$"{TwoFactorOptions.Section}:{nameof(TwoFactorOptions.RequiredRoles)}"]
                ?? (environment.IsProduction() ? TwoFactorOptions.ProductionDefault : string.Empty));

        // A remembered browser is checked against the security stamp each time it is used, so a reset forgets it at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        foreach (var (scheme, name) in new[] { (IdentityConstants.TwoFactorUserIdScheme, "DanVan.TwoFactor"), (IdentityConstants.TwoFactorRememberMeScheme, "DanVan.TwoFactorBrowser") })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options =>
            {
                options.Cookie.Name = name;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = cookieSecurity;
                options.Cookie.SameSite = SameSiteMode.Strict;
            });
        }

        return identity;
    }
}
