using System.Globalization;
using System.Security.Claims;
using DanVan.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Authorization;

/// <summary>
/// Checks the sign-in cookie on every request with one query by primary key (the user, their agency and its unit), in
/// place of Identity's validator, which reloads the whole user, rebuilds the principal and re-issues the cookie:
/// <list type="bullet">
/// <item>the cookie's security stamp must still be the user's and its agency the user's agency. Signing out, locking,
/// resetting the password and changing the role or the agency renew the stamp, so they end every session of that user
/// at once; the roles in the cookie are never older than the stamp;</item>
/// <item>the unit and path claims are replaced by those of the agency now, so that a restructuring or a move of the
/// agency changes the user's scope at once;</item>
/// <item>a user whose role requires two-factor sign-in (<see cref="TwoFactor.TwoFactorPolicy"/>: configuration and the
/// administrators' setting, read only for a user who has not enrolled) and who has not enrolled gets the <see cref="DanVanClaims.MustEnrolTwoFactor"/> claim, which sends every page to enrolment.</item>
/// </list>
/// The cookie itself is not re-issued (only sliding expiration renews it).
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = identity.FindFirst(claimTypes.UserIdClaimType)?.Value;
        var stamp = identity.FindFirst(claimTypes.SecurityStampClaimType)?.Value;
        var current = userId is null || stamp is null
            ? null
            : await services.GetRequiredService<DanVanDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.AgencyId, u.Agency!.UnitId, u.Agency.Unit!.Path, u.TwoFactorEnabled })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null
            || current.SecurityStamp != stamp
            || identity.FindFirst(DanVanClaims.AgencyId)?.Value != current.AgencyId.ToString(CultureInfo.InvariantCulture))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        var renewed = identity.Clone();
        foreach (var claim in renewed.FindAll(c => c.Type is DanVanClaims.UnitId or DanVanClaims.UnitPath or DanVanClaims.MustEnrolTwoFactor).ToList())
        {
            renewed.RemoveClaim(claim);
        }

        renewed.AddClaim(new Claim(DanVanClaims.UnitId, current.UnitId.ToString(CultureInfo.InvariantCulture)));
        renewed.AddClaim(new Claim(DanVanClaims.UnitPath, current.Path));
        if (!current.TwoFactorEnabled && await services.GetRequiredService<TwoFactor.TwoFactorPolicy>().IsRequiredForAsync(context.Principal, claimTypes.RoleClaimType, context.HttpContext.RequestAborted))
        {
            renewed.AddClaim(new Claim(DanVanClaims.MustEnrolTwoFactor, "true"));
        }
        context.ReplacePrincipal(new ClaimsPrincipal(renewed));
    }
}
