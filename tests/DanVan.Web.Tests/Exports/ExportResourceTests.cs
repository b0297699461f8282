using System.Text.RegularExpressions;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Exports;

/// <summary>Every label the exports ask the localizer for has a Vietnamese entry (ResourceCoverageTests reads only Pages and Localization).</summary>
public sealed partial class ExportResourceTests
{
    [Fact]
    public void Every_key_used_in_the_exports_has_a_Vietnamese_entry()
    {
        var keys = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.WebProject, "Exports"), "*.cs")
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal))))
            .Where(k => !RepositoryFiles.Vietnamese.ContainsKey(k.Key))
            .Select(k => $"{k.File}: \"{k.Key}\"")
            .Distinct()
            .ToList();

        Assert.True(keys.Count == 0, $"Missing from SharedResource.vi.resx:\n{string.Join('\n', keys)}");
    }

    [GeneratedRegex(@"\bl\[\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();
}
