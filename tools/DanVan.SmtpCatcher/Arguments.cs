using System.Globalization;

namespace DanVan.SmtpCatcher;

/// <summary>"--name value" options of the command line, with defaults.</summary>
internal static class Arguments
{
    public static string Text(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name, string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
