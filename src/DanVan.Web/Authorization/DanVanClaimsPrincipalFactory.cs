using System.Globalization;
using System.Security.Claims;
using DanVan.Data;
using DanVan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Authorization;

/// <summary>Adds the user's agency, unit, its path and the name to the sign-in cookie; <see cref="SessionValidator"/> checks the cookie and renews the unit and path on every request.</summary>
public sealed class DanVanClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    DanVanDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.Agencies.Where(a => a.Id == user.AgencyId)
            .Select(a => new { a.UnitId, a.Unit!.Path })
            .SingleAsync();
        identity.AddClaim(new Claim(DanVanClaims.AgencyId, user.AgencyId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(DanVanClaims.UnitId, unit.UnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(DanVanClaims.UnitPath, unit.Path));
        identity.AddClaim(new Claim(DanVanClaims.FullName, user.FullName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(DanVanClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
