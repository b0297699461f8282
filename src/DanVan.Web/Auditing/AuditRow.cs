using DanVan.Domain.Auditing;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Auditing;

/// <summary>An audit entry as the pages show it: labels in the user's language and the values side by side.</summary>
public sealed record AuditRow(long Id, DateTime AtUtc, string UserName, string Action, string ActionLabel, string EntityType, string EntityLabel, string EntityId, IReadOnlyList<AuditValue> Values)
{
    /// <summary>The row of <paramref name="entry"/>; <paramref name="changedOnly"/> keeps only the values that differ.</summary>
    public static AuditRow Of(AuditEntry entry, IStringLocalizer l, bool changedOnly = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = changedOnly ? AuditChanges.ChangedOnly(entry.Before, entry.After) : AuditChanges.Of(entry.Before, entry.After);
        return new AuditRow(entry.Id, entry.AtUtc, entry.UserName, entry.Action, AuditLabels.Action(l, entry.Action), entry.EntityType,
            AuditLabels.EntityType(l, entry.EntityType), entry.EntityId, values);
    }
}
