using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Hosting;

/// <summary>How many credential attempts (sign-in, second-factor code, password change, password reset) a window allows; section <c>RateLimits</c>.</summary>
public sealed class CredentialLimits
{
    public const string Section = "RateLimits";

    /// <summary>Attempts per account name: the name typed at sign-in, otherwise the signed-in account.</summary>
    public int PerAccount { get; set; } = 10;

    /// <summary>Attempts per client address (after the forwarded headers of a trusted proxy).</summary>
    public int PerAddress { get; set; } = 30;

    /// <summary>API calls per client (its key) in a window.</summary>
    public int ApiPerClient { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Whose budget a credential attempt spends.</summary>
public enum CredentialAccount
{
    /// <summary>The name posted in <see cref="RateLimitSetup.AccountField"/> (the sign-in form).</summary>
    Form,

    /// <summary>The signed-in user.</summary>
    SignedIn,

    /// <summary>The user whose password was right and who is asked for the second factor (Identity's two-factor cookie).</summary>
    PendingSignIn,
}

/// <summary>
/// Endpoint metadata of a page whose POSTs are credential attempts (all of them, or those of one <paramref name="Handler"/>),
/// counted against <paramref name="Account"/>. Put on pages by convention (<see cref="ServiceSetup"/>).
/// </summary>
public sealed record CredentialAttempt(CredentialAccount Account, string? Handler = null)
{
    public static CredentialAttempt? Of(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<CredentialAttempt>() is { } attempt
        && (attempt.Handler is null || string.Equals(context.Request.Query["handler"], attempt.Handler, StringComparison.OrdinalIgnoreCase))
            ? attempt
            : null;
}

/// <summary>
/// ASP.NET Core's rate limiter on credential attempts: a fixed window per client address chained with one per account
/// name, and on API calls: a fixed window per API client; limits from <see cref="CredentialLimits"/>. A refused request
/// answers 429 (the error page in Vietnamese, or problem details for the API, with Retry-After) and is logged as a
/// warning; other requests are never limited.
/// </summary>
public static class RateLimitSetup
{
    public const string AccountField = "Input.Email";
    private const int MaxAccountKeyLength = 256;
    private const string PendingAccountItem = "DanVan.PendingAccount";
    private static readonly EventId Refused = new(1006, nameof(Refused));

    public static IServiceCollection AddDanVanRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CredentialLimits>(configuration.GetSection(CredentialLimits.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CredentialLimits>>((options, limits) =>
        {
            var settings = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(settings.PerAddress, settings.Window, AddressKey(context))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(settings.PerAccount, settings.Window, AccountKey(context))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(settings.ApiPerClient, settings.Window, ApiClientKey(context))));
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitSetup))
                    .LogWarning(Refused, "Too many requests (credential attempts or API calls) on {Path} from {Address}", context.HttpContext.Request.Path, context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>After routing and authentication (the partitions need the page and the user): reads the posted form of a sign-in first, so the account partition can see the name.</summary>
    public static WebApplication UseDanVanRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var attempt = CredentialAttempt.Of(context);
            if (attempt is { Account: CredentialAccount.PendingSignIn })
            {
                var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
                context.Items[PendingAccountItem] = pending.Principal?.FindFirstValue(ClaimTypes.Name);
            }

            if (attempt is { Account: CredentialAccount.Form } && context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
                {
                    // The form is refused later with 400 (the read's failure is kept by the form feature); no name to count.
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> Partition(int permits, TimeSpan window, string? key) =>
        key is null
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static string? AddressKey(HttpContext context) =>
        CredentialAttempt.Of(context) is null ? null : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>The API client whose key authenticated the call (the API's policy has run by then); null for everything else.</summary>
    private static string? ApiClientKey(HttpContext context) =>
        context.User.FindFirstValue(Api.ApiKeyAuthentication.ClientId) is { } id ? "api-client:" + id : null;

    /// <summary>The account name as Identity compares it (trimmed, upper case), cut to a bounded length.</summary>
    private static string? AccountKey(HttpContext context)
    {
        if (CredentialAttempt.Of(context) is not { } attempt)
        {
            return null;
        }

        var name = attempt.Account switch
        {
            CredentialAccount.Form => context.Features.Get<IFormFeature>()?.Form?[AccountField].ToString(),
            CredentialAccount.PendingSignIn => context.Items[PendingAccountItem] as string,
            _ => context.User.Identity?.Name,
        };
        if (attempt.Account == CredentialAccount.PendingSignIn && string.IsNullOrEmpty(name))
        {
            return null; // no password was right: nothing to guess here, the page sends the client back to sign in
        }

        name = (name ?? string.Empty).Trim().Normalize().ToUpperInvariant();
        return "account:" + (name.Length > MaxAccountKeyLength ? name[..MaxAccountKeyLength] : name);
    }
}
