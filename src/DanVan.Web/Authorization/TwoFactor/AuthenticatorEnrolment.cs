using System.Text;
using DanVan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace DanVan.Web.Authorization.TwoFactor;

/// <summary>What an authenticator app needs: the key as grouped text, the otpauth:// URI and its QR code as inline SVG, drawn here (no external service).</summary>
public sealed record AuthenticatorEnrolment(string GroupedKey, string Uri, string QrSvg)
{
    public const string Issuer = "DanVan";

    public const int RecoveryCodeCount = 10;

    public static AuthenticatorEnrolment For(string account, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var uri = $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return new AuthenticatorEnrolment(Group(key), uri, svg);
    }

    /// <summary>The key in groups of four lower-case letters, easier to type than one long word.</summary>
    public static string Group(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>
    /// Gives the user a new authenticator key without renewing the security stamp (Identity's <c>ResetAuthenticatorKeyAsync</c>
    /// renews it, which would end the session that merely opened the enrolment page); the caller renews it when it must.
    /// </summary>
    public static async Task NewKeyAsync(UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store, ApplicationUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var keys = (IUserAuthenticatorKeyStore<ApplicationUser>)store;
        await keys.SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), ct);
        await users.RemoveAuthenticationTokenAsync(user, ClockedAuthenticatorTokenProvider.StoreProvider, ClockedAuthenticatorTokenProvider.LastStepToken);
    }

    /// <summary>
    /// Turns two-factor sign-in off with a new key (the old app entry stops working) and no recovery codes, and renews the
    /// security stamp: the user's sessions and remembered browsers end. The user or an administrator; the caller audits.
    /// </summary>
    public static async Task<IdentityResult> ResetAsync(UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store, ApplicationUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        await ((IUserTwoFactorRecoveryCodeStore<ApplicationUser>)store).ReplaceCodesAsync(user, [], ct);
        await NewKeyAsync(users, store, user, ct);
        return await users.SetTwoFactorEnabledAsync(user, false);
    }
}
