using System.Globalization;
using System.Security.Claims;
using DanVan.Domain;
using DanVan.Domain.Organization;

namespace DanVan.Web.Authorization;

/// <summary>The claims the portal adds to a signed-in user, and how pages read them.</summary>
public static class DanVanClaims
{
    public const string AgencyId = "danvan:agency";
    public const string UnitId = "danvan:unit";
    public const string UnitPath = "danvan:path";
    public const string FullName = "danvan:name";
    public const string MustChangePassword = "danvan:must-change-password";
    public const string MustEnrolTwoFactor = "danvan:must-enrol-two-factor";

    public static int GetAgencyId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(AgencyId) ?? throw new InvalidOperationException("The user has no agency claim."), CultureInfo.InvariantCulture);

    /// <summary>The user's data scope, from their agency's unit.</summary>
    public static DataScope GetScope(this ClaimsPrincipal user) =>
        new(
            int.Parse(user.FindFirstValue(UnitId) ?? throw new InvalidOperationException("The user has no unit claim."), CultureInfo.InvariantCulture),
            user.FindFirstValue(UnitPath) ?? throw new InvalidOperationException("The user has no unit path claim."));

    public static bool MustChangePasswordNow(this ClaimsPrincipal user) => user.HasClaim(MustChangePassword, "true");

    /// <summary>Whether the user's role requires two-factor sign-in and they have not enrolled (set on every request by <see cref="SessionValidator"/>).</summary>
    public static bool MustEnrolTwoFactorNow(this ClaimsPrincipal user) => user.HasClaim(MustEnrolTwoFactor, "true");

    public static string GetDisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullName) ?? user.Identity?.Name ?? string.Empty;

    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user has no id."), user.GetDisplayName());
}
