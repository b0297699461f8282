namespace DanVan.Domain.Auditing;

/// <summary>Who did what to which record, when, with the values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public const int ActionLength = 64;
    public const int EntityTypeLength = 64;
    public const int EntityIdLength = 64;

    private AuditEntry()
    {
        UserId = string.Empty;
        UserName = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public static AuditEntry Record(Actor actor, DateTime atUtc, string action, string entityType, string entityId, string? before, string? after) =>
        new()
        {
            AtUtc = atUtc,
            UserId = actor.UserId,
            UserName = actor.Name,
            Action = Guard.Text(action, ActionLength, "audit.action"),
            EntityType = Guard.Text(entityType, EntityTypeLength, "audit.entityType"),
            EntityId = Guard.Text(entityId, EntityIdLength, "audit.entityId"),
            Before = before,
            After = after,
        };
}
