using Microsoft.Extensions.Localization;

namespace DanVan.Web.Auditing;

/// <summary>
/// The actions and record types the portal writes to the audit trail, and their labels: "AuditAction.{code}" and
/// "AuditEntity.{type}" in the resources, the code itself when a label is missing (an action added later).
/// </summary>
public static class AuditLabels
{
    public static readonly IReadOnlyList<string> Actions =
    [
        "report.create", "report.save", "report.submit", "report.return", "report.accept", "report.reopen",
        "attachment.add", "attachment.remove",
        "period.create", "period.reschedule",
        "directive.create", "directive.update", "task.create", "task.update", "indicator.create", "indicator.update",
        "assignment.bulk", "assignment.change", "assignment.remove",
        "agency.create", "agency.update",
        "unit.create", "unit.update", "unit.dissolve", "unit.merge", "unit.dissolveLevel",
        "user.create", "user.update", "user.lock", "user.unlock", "user.resetPassword",
        "import.run", "import.passwords", "settings.twoFactor",
        "apiClient.create", "apiClient.revoke", "api.read",
    ];

    public static readonly IReadOnlyList<string> EntityTypes =
    [
        "ProgressReport", "ReportingPeriod", "Directive", "DirectiveTask", "Indicator", "Assignment", "Agency", "AdministrativeUnit", "ApplicationUser",
        "ImportBatch", "PortalSetting", "ApiClient",
    ];

    public static string Action(IStringLocalizer l, string action) => Label(l, "AuditAction.", action);

    public static string EntityType(IStringLocalizer l, string entityType) => Label(l, "AuditEntity.", entityType);

    private static string Label(IStringLocalizer l, string prefix, string code)
    {
        ArgumentNullException.ThrowIfNull(l);
        var label = l[prefix + code];
        return label.ResourceNotFound ? code : label.Value;
    }
}
