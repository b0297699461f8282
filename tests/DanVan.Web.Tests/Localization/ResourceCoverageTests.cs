using System.Text;
using System.Text.RegularExpressions;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Localization;

/// <summary>Every string the pages ask the localizer for has a Vietnamese translation, in NFC.</summary>
public sealed partial class ResourceCoverageTests
{
    private static readonly string PagesFolder = Path.Combine(RepositoryFiles.WebProject, "Pages");

    [Fact]
    public void Every_key_used_in_a_razor_page_has_a_Vietnamese_entry()
    {
        var keys = Directory.EnumerateFiles(PagesFolder, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => (File: Relative(file), Key: Unescape(m.Groups["key"].Value))))
            .ToList();

        Assert.NotEmpty(keys);
        AssertAllTranslated(keys);
    }

    [Fact]
    public void Every_validation_message_display_name_and_localizer_key_in_page_models_has_a_Vietnamese_entry()
    {
        var keys = Directory.EnumerateFiles(PagesFolder, "*.cs", SearchOption.AllDirectories)
            .Concat(new[] { "Localization", "Hosting", "Binding", "Notices" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryFiles.WebProject, folder), "*.cs")))
            .SelectMany(file =>
            {
                var text = File.ReadAllText(file);
                return AttributeText().Matches(text).Concat(LocalizerKey().Matches(text))
                    .Select(m => (File: Relative(file), Key: Unescape(m.Groups["key"].Value)));
            })
            .ToList();

        Assert.NotEmpty(keys);
        AssertAllTranslated(keys);
    }

    [Fact]
    public void Every_enum_label_the_pages_show_has_a_Vietnamese_entry()
    {
        var enums = new[]
        {
            typeof(Domain.Organization.AgencyKind), typeof(Domain.Organization.UnitLevel), typeof(Domain.Organization.AssignmentRole),
            typeof(Domain.Directives.TaskAddressee), typeof(Domain.Reporting.ReportStatus), typeof(Domain.Importing.ImportKind),
            typeof(Domain.Notifications.NotificationKind), typeof(Domain.Notifications.NoticeMode), typeof(Domain.Notifications.NoticeChannel),
        };

        AssertAllTranslated(enums.SelectMany(e => Enum.GetNames(e).Select(n => (File: e.Name, Key: $"{e.Name}.{n}"))).ToList());
    }

    [Fact]
    public void No_two_keys_differ_only_in_case_because_the_resource_manager_would_lose_one()
    {
        var collisions = RepositoryFiles.Vietnamese.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" | ", g));
        Assert.Empty(collisions);
    }

    [Fact]
    public void Vietnamese_values_are_non_empty_and_NFC()
    {
        Assert.All(RepositoryFiles.Vietnamese, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"'{entry.Key}' is empty");
            Assert.True(entry.Value.IsNormalized(NormalizationForm.FormC), $"'{entry.Key}' is not NFC");
            Assert.True(entry.Key.IsNormalized(NormalizationForm.FormC), $"The key '{entry.Key}' is not NFC");
        });
    }

    private static void AssertAllTranslated(IReadOnlyList<(string File, string Key)> keys)
    {
        var missing = keys.Where(k => !RepositoryFiles.Vietnamese.ContainsKey(k.Key))
            .Select(k => $"{k.File}: \"{k.Key}\"").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Missing from SharedResource.vi.resx:\n{string.Join('\n', missing)}");
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryFiles.WebProject, file);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    /// <summary>L["…"] or l["…"] with a plain string literal (interpolated keys such as Identity error codes are not matched).</summary>
    [GeneratedRegex(@"\b[Ll]\[\s*""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    /// <summary>ErrorMessage = "…" and [Display(Name = "…")].</summary>
    [GeneratedRegex(@"(?:\bErrorMessage\s*=\s*|\bDisplay\(\s*Name\s*=\s*)""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex AttributeText();
}
