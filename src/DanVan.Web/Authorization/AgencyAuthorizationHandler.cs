using DanVan.Domain.Organization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace DanVan.Web.Authorization;

/// <summary>An agency (and what hangs off it) may be read by users whose scope includes the agency's unit.</summary>
public sealed class AgencyAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Agency>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Agency resource)
    {
        if (requirement.Name == Operations.Read.Name
            && context.User.Identity?.IsAuthenticated == true
            && context.User.GetScope().Includes(resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
