namespace DanVan.Web.Localization;

/// <summary>
/// Marker of the shared string table. Keys are the English text (shown as-is in English); Resources/Localization/
/// SharedResource.vi.resx holds the Vietnamese. Codes (enum values, domain error codes) have English text in
/// SharedResource.resx too.
/// </summary>
public sealed class SharedResource;
