using System.Globalization;
using DanVan.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Web.Authorization.TwoFactor;

/// <summary>
/// The authenticator-app token provider, in place of Identity's <c>AuthenticatorTokenProvider</c>, which reads the
/// wall clock (<c>DateTime.UtcNow</c>): this one takes the time from the injected <see cref="TimeProvider"/>. It accepts
/// the code of the current 30-second step and of one step either side (a phone's clock a little off), and never the
/// same step twice or an earlier one than the last accepted (RFC 6238 §5.2: a code seen once cannot be replayed).
/// </summary>
public sealed class ClockedAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "DanVanAuthenticator";

    internal const string StoreProvider = "[DanVan]";
    internal const string LastStepToken = "AuthenticatorLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>The code lives in the user's app; the portal never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || !Totp.TryParse(token, out var code))
        {
            return false;
        }

        var secret = Totp.FromBase32(key);
        var now = Totp.StepAt(clock.GetUtcNow());
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, StoreProvider, LastStepToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seen) ? seen : long.MinValue;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > last && Totp.Code(secret, step) == code)
            {
                await manager.SetAuthenticationTokenAsync(user, StoreProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }
}
