namespace DanVan.Web.Tests.Operations;

/// <summary>
/// A test that runs Debian's nginx in front of the portal. Where nginx is absent it is skipped with a message saying how
/// to install it, except under CI=true, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NginxFactAttribute : FactAttribute
{
    public const string NginxPath = "/usr/sbin/nginx";

    public NginxFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(NginxPath) && !ci)
        {
            Skip = $"nginx not found at {NginxPath}; install it with: sudo apt-get install -y nginx";
        }
    }
}
