namespace DanVan.Domain.Settings;

/// <summary>
/// A counter raised in the same transaction as every save that changes the catalogue the figures are shown with (the
/// directives, their tasks and indicators, the units, agencies and their versions, the assignments and the periods): a
/// page kept under the version it read is never shown after such a change, on any instance. One row.
/// </summary>
public sealed class CatalogueVersion
{
    /// <summary>The key of the one row.</summary>
    public const int Row = 1;

    private CatalogueVersion()
    {
    }

    public int Id { get; private set; }

    public long Version { get; private set; }
}
