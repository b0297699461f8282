using DanVan.Data.Identity;
using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace DanVan.Web.Authorization;

/// <summary>
/// Who may do what to a report. The report's agency, its unit and the unit's parent must be loaded. Whether the report's
/// state allows the action is the domain's rule (e.g. <see cref="ProgressReport.IsEditable"/>), not this handler's.
/// </summary>
public sealed class ReportAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ProgressReport>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ProgressReport resource)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        var agency = resource.Agency ?? throw new InvalidOperationException("The report's agency is not loaded.");
        var ownAgency = user.GetAgencyId() == resource.AgencyId;
        var allowed = requirement.Name switch
        {
            nameof(Operations.Read) => user.GetScope().Includes(agency),
            nameof(Operations.Edit) => ownAgency && (user.IsInRole(Roles.AgencyHead) || user.IsInRole(Roles.AgencyStaff)),
            nameof(Operations.Submit) => ownAgency && user.IsInRole(Roles.AgencyHead),
            nameof(Operations.Review) => (user.IsInRole(Roles.CityReviewer) || user.IsInRole(Roles.DistrictReviewer)) && user.GetScope().Reviews(agency),
            nameof(Operations.Reopen) => user.IsInRole(Roles.Administrator),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
