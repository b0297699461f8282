using DanVan.Data.Identity;

namespace DanVan.Web.Authorization.TwoFactor;

/// <summary>Section <c>TwoFactor</c>: which roles must sign in with an authenticator app, at least (<see cref="TwoFactorPolicy"/> adds those administrators require).</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "TwoFactor";

    /// <summary>Used in Production when <c>TwoFactor:RequiredRoles</c> is not set at all.</summary>
    public const string ProductionDefault = Roles.Administrator + "," + Roles.CityReviewer + "," + Roles.DistrictReviewer;

    /// <summary>Role names, comma-separated; empty: two-factor sign-in is offered to everyone and required of no one.</summary>
    public string RequiredRoles { get; set; } = string.Empty;

    public IReadOnlyList<string> RequiredRoleNames =>
        RequiredRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
