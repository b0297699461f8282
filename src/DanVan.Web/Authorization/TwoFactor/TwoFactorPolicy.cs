using System.Security.Claims;
using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Authorization.TwoFactor;

/// <summary>
/// Which roles must sign in with two factors: the configured <c>TwoFactor:RequiredRoles</c> (the floor, which no page can
/// lower) together with the roles an administrator ticked on /Admin/Security (the <see cref="PortalSetting"/>
/// <see cref="PortalSetting.TwoFactorRequiredRoles"/>). Scoped: the setting is read by one query by primary key at most
/// once per request and never cached longer, so a change on one instance applies on every instance at the next request.
/// </summary>
public sealed class TwoFactorPolicy(DanVanDbContext db, IOptions<TwoFactorOptions> options)
{
    private IReadOnlyList<string>? _chosen;

    /// <summary>The roles configuration requires, in <see cref="Roles.All"/> order.</summary>
    public IReadOnlyList<string> ConfiguredRoles => Roles.All.Where(options.Value.RequiredRoleNames.Contains).ToList();

    /// <summary>The roles administrators require in the database, in <see cref="Roles.All"/> order.</summary>
    public async Task<IReadOnlyList<string>> ChosenRolesAsync(CancellationToken ct) =>
        _chosen ??= Parse(await db.PortalSettings.AsNoTracking()
            .Where(s => s.Key == PortalSetting.TwoFactorRequiredRoles).Select(s => s.Value).SingleOrDefaultAsync(ct));

    /// <summary>Configuration ∪ database.</summary>
    public async Task<IReadOnlyList<string>> RequiredRolesAsync(CancellationToken ct)
    {
        var chosen = await ChosenRolesAsync(ct);
        var configured = ConfiguredRoles;
        return Roles.All.Where(r => configured.Contains(r) || chosen.Contains(r)).ToList();
    }

    /// <summary>Whether a user with these roles must have two-factor sign-in.</summary>
    public async Task<bool> IsRequiredForAsync(ClaimsPrincipal user, string roleClaimType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.FindAll(roleClaimType).Select(c => c.Value).ToList();
        return roles.Count > 0 && (await RequiredRolesAsync(ct)).Any(roles.Contains);
    }

    /// <summary>The stored form of a set of roles: known role names, comma-separated, in <see cref="Roles.All"/> order.</summary>
    public static string Format(IEnumerable<string> roles) => string.Join(',', Roles.All.Where(roles.Contains));

    public static IReadOnlyList<string> Parse(string? value) =>
        Roles.All.Where((value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains).ToList();
}
