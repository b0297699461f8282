using System.Security.Claims;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Access;
using DanVan.Web.Authorization;
using DanVan.Web.Reporting;

namespace DanVan.Web.Api;

/// <summary>
/// Every authenticated API call is logged and written to the audit trail as "api.read" by its client (user id
/// <c>api:{id}</c>), with the path and query asked for: one INSERT per call, before the endpoint runs.
/// </summary>
internal sealed class ApiCallAudit(DanVanDbContext db, TimeProvider clock, ILogger<ApiCallAudit> logger) : IEndpointFilter
{
    public const string Action = "api.read";
    private const int MaxTargetLength = 1000;
    private static readonly EventId Call = new(1101, "ApiCall");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var clientId = http.User.GetApiClientId();
        var target = http.Request.Path.Value + http.Request.QueryString.Value;
        target = target.Length > MaxTargetLength ? target[..MaxTargetLength] : target;
        logger.LogInformation(Call, "API call by client {ApiClientId}: {Method} {Target}", clientId, http.Request.Method, target);
        var actor = new Actor(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, http.User.GetDisplayName());
        AuditTrail.Add(db, actor, clock.GetUtcNow().UtcDateTime, Action, nameof(ApiClient), clientId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new { http.Request.Method, Target = target });
        await db.SaveChangesAsync(http.RequestAborted);
        return await next(context);
    }
}
