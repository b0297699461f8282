using System.Globalization;
using System.Text;

namespace DanVan.Web.Auditing;

/// <summary>
/// What the audit viewer is asked for, from its query string (q, agency, type, action, from, to): every value optional,
/// days are Hanoi days, both ends included. Unknown types and actions and over-long text are dropped by <see cref="Normalized"/>.
/// </summary>
public sealed class AuditFilter
{
    public const int MaxTextLength = 100;

    /// <summary>Part of the name or e-mail address of the user who acted.</summary>
    public string? Q { get; set; }

    public int? Agency { get; set; }

    public string? Type { get; set; }

    public string? Action { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public AuditFilter Normalized()
    {
        var q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim().Normalize(NormalizationForm.FormC);
        return new AuditFilter
        {
            Q = q is { Length: > MaxTextLength } ? q[..MaxTextLength] : q,
            Agency = Agency is > 0 ? Agency : null,
            Type = Type is not null && AuditLabels.EntityTypes.Contains(Type) ? Type : null,
            Action = Action is not null && AuditLabels.Actions.Contains(Action) ? Action : null,
            From = From,
            To = To,
        };
    }

    /// <summary>The filter as query-string values, for links (the export) that keep it.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Q,
            ["agency"] = Agency?.ToString(CultureInfo.InvariantCulture),
            ["type"] = Type,
            ["action"] = Action,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }
}
