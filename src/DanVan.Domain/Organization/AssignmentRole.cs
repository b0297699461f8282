namespace DanVan.Domain.Organization;

public enum AssignmentRole
{
    /// <summary>Chủ trì.</summary>
    Lead,

    /// <summary>Phối hợp.</summary>
    Supporting,
}
