namespace DanVan.Domain;

/// <summary>The signed-in person who performs an action, as recorded in transitions and audit entries.</summary>
public sealed record Actor(string UserId, string Name);
