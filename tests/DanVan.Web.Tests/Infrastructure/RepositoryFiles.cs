using System.Xml.Linq;
using Microsoft.Extensions.Configuration;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>Files of the repository itself (pages, resources), found by walking up from the test binaries to DanVan.sln.</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DanVan.sln above {AppContext.BaseDirectory}.");
    });

    private static readonly Lazy<IReadOnlyDictionary<string, string>> VietnameseStrings = new(() => ReadResx(Path.Combine(WebProject, "Resources", "Localization", "SharedResource.vi.resx")));

    public static string RootFolder => Root.Value;

    public static string WebProject => Path.Combine(RootFolder, "src", "DanVan.Web");

    /// <summary>The entries of SharedResource.vi.resx, key → Vietnamese text.</summary>
    public static IReadOnlyDictionary<string, string> Vietnamese => VietnameseStrings.Value;

    /// <summary>A JSON settings file flattened as configuration reads it ("Section:Key" → value).</summary>
    public static IReadOnlyDictionary<string, string?> ReadJson(string path) =>
        new ConfigurationBuilder().AddJsonFile(path).Build().AsEnumerable()
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
}
