namespace DanVan.Domain.Importing;

/// <summary>What a bulk import file creates.</summary>
public enum ImportKind
{
    Users,
    Units,
    Agencies,
}
