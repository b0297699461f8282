using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using DanVan.Data;
using DanVan.Domain.Access;
using DanVan.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Api;

/// <summary>
/// The API's own authentication scheme: <c>Authorization: Bearer dvk_…</c>, checked against the database on every request
/// (one indexed lookup), so a revoked or expired key is refused at once. Only the API's endpoints name this scheme; pages
/// never read the header, and the API never reads the sign-in cookie.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DanVanDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string ClientId = "danvan:api-client";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (ApiClient.Parse(header["Bearer ".Length..].Trim()) is not var (keyId, secret))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var client = await db.ApiClients.AsNoTracking().Include(c => c.Unit).SingleOrDefaultAsync(c => c.KeyId == keyId, Context.RequestAborted);
        if (client?.Unit is null || !client.HasSecret(secret) || !client.IsActiveAt(clock.GetUtcNow().UtcDateTime))
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "api:" + client.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClientId, client.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(DanVanClaims.FullName, client.Name),
                new Claim(DanVanClaims.UnitId, client.UnitId.ToString(CultureInfo.InvariantCulture)),
                new Claim(DanVanClaims.UnitPath, client.Unit.Path),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "A valid API key is required: Authorization: Bearer dvk_…; the key may be unknown, revoked or expired.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "This API key may not call this endpoint.");
}

/// <summary>How API code reads the calling client.</summary>
public static class ApiClaims
{
    public static int GetApiClientId(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(ApiKeyAuthentication.ClientId) ?? throw new InvalidOperationException("The caller is not an API client."), CultureInfo.InvariantCulture);
}
