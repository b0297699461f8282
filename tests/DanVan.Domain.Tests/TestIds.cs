using System.Reflection;

namespace DanVan.Domain.Tests;

/// <summary>Gives in-memory entities the database-generated keys they would have after saving (their setters are private).</summary>
internal static class TestIds
{
    public static T Set<T>(T entity, int id)
        where T : class => SetProperty(entity, "Id", id);

    public static T SetParentId<T>(T entity, int? parentId)
        where T : class => SetProperty(entity, "ParentId", parentId);

    private static T SetProperty<T>(T entity, string name, object? value)
        where T : class
    {
        var property = typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {name}.");
        property.SetValue(entity, value);
        return entity;
    }
}
