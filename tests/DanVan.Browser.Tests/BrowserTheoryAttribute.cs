namespace DanVan.Browser.Tests;

/// <summary>A data-driven <see cref="BrowserFactAttribute"/>: skipped with the same message where Chromium is absent, except under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && !BrowserFactAttribute.IsCi)
        {
            Skip = $"Chromium not found at {BrowserFactAttribute.ChromiumPath}; install it with: sudo apt-get install -y chromium";
        }
    }
}
