namespace DanVan.Domain.Settings;

/// <summary>A setting that administrators change in the browser, stored by key so that every instance reads the same value.</summary>
public sealed class PortalSetting
{
    public const int KeyLength = 100;
    public const int ValueLength = 2000;

    /// <summary>The roles (comma-separated) that must sign in with two factors, on top of <c>TwoFactor:RequiredRoles</c>.</summary>
    public const string TwoFactorRequiredRoles = "TwoFactor.RequiredRoles";

    private PortalSetting()
    {
        Key = string.Empty;
        Value = string.Empty;
    }

    public string Key { get; private set; }

    public string Value { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public static PortalSetting Create(string key, string value, DateTime nowUtc) => new()
    {
        Key = Guard.Text(key, KeyLength, "setting.key"),
        Value = Checked(value),
        UpdatedAtUtc = nowUtc,
    };

    public void Change(string value, DateTime nowUtc)
    {
        Value = Checked(value);
        UpdatedAtUtc = nowUtc;
    }

    private static string Checked(string value) => value.Length > ValueLength ? throw new DomainException("setting.value") : value;
}
