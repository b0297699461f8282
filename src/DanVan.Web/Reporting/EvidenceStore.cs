using Microsoft.Extensions.Options;

namespace DanVan.Web.Reporting;

/// <summary>Stores evidence content under generated names in a folder outside the web root.</summary>
public sealed class EvidenceStore(IOptions<EvidenceOptions> options, IWebHostEnvironment environment)
{
    private readonly string _folder = Directory.CreateDirectory(Path.GetFullPath(options.Value.Path, environment.ContentRootPath)).FullName;

    public async Task SaveAsync(string storedName, Stream content, CancellationToken ct)
    {
        content.Position = 0;
        await using var file = new FileStream(PathOf(storedName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, ct);
    }

    public Stream OpenRead(string storedName) => new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>Stored names are generated hex strings; anything else is refused so no path can escape the folder.</summary>
    private string PathOf(string storedName) =>
        storedName.Length is > 0 and <= 64 && storedName.All(char.IsAsciiHexDigit)
            ? Path.Combine(_folder, storedName)
            : throw new ArgumentException("Invalid stored name.", nameof(storedName));
}
