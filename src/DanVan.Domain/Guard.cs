namespace DanVan.Domain;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength)
        {
            throw new DomainException(code);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw new DomainException(code) : trimmed;
    }
}
