using System.Text.RegularExpressions;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Authorization;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Localization;

/// <summary>
/// Every validation message a page carries, in the browser's data-val attributes and when the server refuses a form,
/// is Vietnamese in the Vietnamese interface, including the framework's defaults for required, length, range and compare
/// fields (once "The Nhập lại mật khẩu mới field is required.").
/// </summary>
public sealed partial class ValidationLanguageTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task No_page_carries_an_English_validation_message()
    {
        var english = new List<string>();
        var messages = 0;
        foreach (var (rule, _, _, page) in await MatrixPages.OpenAsync(factory))
        {
            foreach (var attribute in page.Document.All.SelectMany(e => e.Attributes).Where(IsMessage))
            {
                messages++;
                if (EnglishWords().IsMatch(attribute.Value))
                {
                    english.Add($"{rule.Url} {attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }

        Assert.True(messages > 50, $"Only {messages} validation messages found: the scan did not reach the forms.");
        Assert.Empty(english.Distinct());
    }

    [Fact]
    public async Task An_empty_password_change_is_refused_in_Vietnamese()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var page = await HtmlPage.GetAsync(client, "/Account/ChangePassword");

        var refused = await HtmlPage.ParseAsync(await page.PostFormAsync(client, "main form", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = string.Empty,
            ["Input.NewPassword"] = string.Empty,
            ["Input.ConfirmPassword"] = string.Empty,
        }));

        var errors = refused.Document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.DoesNotMatch(EnglishWords(), e));
        Assert.Contains(errors, e => e.Contains("Nhập lại mật khẩu mới", StringComparison.Ordinal));
    }

    private static bool IsMessage(AngleSharp.Dom.IAttr attribute) =>
        attribute.Name.StartsWith("data-val-", StringComparison.Ordinal) && attribute.Name.IndexOf('-', 9) < 0
        && attribute.Value.Length > 0;

    [GeneratedRegex(@"\b(The|field|required|must|characters|valid|between|match|value|is|not)\b")]
    private static partial Regex EnglishWords();
}
