using System.Globalization;
using System.Security.Claims;
using DanVan.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Authorization;

/// <summary>
/// Replaces the unit and path claims of the sign-in cookie with those of the user's agency now, on every request (one
/// indexed query), so that a restructuring or a move of the agency changes the user's scope at once, never a stale one.
/// </summary>
public sealed class CurrentUnitClaimsTransformation(DanVanDbContext db) : IClaimsTransformation
{
    private const string Marker = "danvan:unit-resolved";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || principal.HasClaim(c => c.Type == Marker)
            || !int.TryParse(principal.FindFirstValue(DanVanClaims.AgencyId), NumberStyles.None, CultureInfo.InvariantCulture, out var agencyId))
        {
            return principal;
        }

        var unit = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.UnitId, a.Unit!.Path }).SingleOrDefaultAsync();
        var current = identity.Clone();
        foreach (var claim in current.FindAll(c => c.Type is DanVanClaims.UnitId or DanVanClaims.UnitPath).ToList())
        {
            current.RemoveClaim(claim);
        }

        if (unit is not null)
        {
            current.AddClaim(new Claim(DanVanClaims.UnitId, unit.UnitId.ToString(CultureInfo.InvariantCulture)));
            current.AddClaim(new Claim(DanVanClaims.UnitPath, unit.Path));
        }

        current.AddClaim(new Claim(Marker, "true"));
        return new ClaimsPrincipal(current);
    }
}
