using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Localization;

/// <summary>
/// One Vietnamese word per meaning, everywhere the portal writes Vietnamese (resources, pages, exports, notices): the
/// reviewers' act of accepting or returning a report is "thẩm định" (once also "xem xét" and "duyệt" here and there).
/// The glossary is in docs/guides/README.md.
/// </summary>
public sealed class TermsTests
{
    private static readonly string[] Avoided = ["xem xét", "xét duyệt", "phê duyệt", "nộp báo cáo"];

    [Fact]
    public void Reviewing_is_called_tham_dinh_in_every_resource()
    {
        var wrong = RepositoryFiles.Vietnamese
            .Where(e => Avoided.Any(w => e.Value.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(e => $"{e.Key} → {e.Value}");

        Assert.Empty(wrong);
    }

    [Fact]
    public void Reviewing_is_called_tham_dinh_in_every_page_export_and_notice_written_in_code()
    {
        var sources = Directory.EnumerateFiles(RepositoryFiles.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var wrong = sources.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => Avoided.Any(w => x.line.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(x => $"{Path.GetRelativePath(RepositoryFiles.RootFolder, x.f)}:{x.i + 1}: {x.line.Trim()}");

        Assert.Empty(wrong);
    }
}
