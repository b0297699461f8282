using System.Text.Encodings.Web;
using System.Text.Json;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Auditing;

namespace DanVan.Web.Reporting;

/// <summary>Adds an audit entry (who, when, what, before/after as readable JSON) to the context; the caller saves.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Add(DanVanDbContext db, Actor actor, DateTime nowUtc, string action, string entityType, string entityId, object? before, object? after) =>
        db.AuditEntries.Add(AuditEntry.Record(actor, nowUtc, action, entityType, entityId, Serialize(before), Serialize(after)));

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, Json);
}
