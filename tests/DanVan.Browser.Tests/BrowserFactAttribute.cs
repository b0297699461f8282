namespace DanVan.Browser.Tests;

/// <summary>
/// A test that drives Debian's Chromium. Where Chromium is absent it is skipped with a message saying how to install it,
/// except under CI=true, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !IsCi)
        {
            Skip = $"Chromium not found at {ChromiumPath}; install it with: sudo apt-get install -y chromium";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
