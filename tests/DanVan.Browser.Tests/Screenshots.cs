using Microsoft.Playwright;

namespace DanVan.Browser.Tests;

/// <summary>
/// Where the browser tests put their screenshots: the folder named by DANVAN_SCREENSHOTS, otherwise a temporary folder.
/// To refresh the ones committed under docs/screenshots, from the repository root:
/// <c>DANVAN_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/DanVan.Browser.Tests --filter "FullyQualifiedName~Screenshot|FullyQualifiedName~DashboardJourney"</c>.
/// </summary>
internal static class Screenshots
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("DANVAN_SCREENSHOTS") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetTempPath(), "danvan-screenshots");
        Directory.CreateDirectory(folder);
        var bytes = await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true, Type = ScreenshotType.Png });
        Assert.Equal(PngSignature, bytes.Take(PngSignature.Length));
        Assert.True(bytes.Length > 10_000, $"The screenshot {name} is only {bytes.Length} bytes.");
    }
}
