using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Account;

/// <summary>Two-factor sign-in through the pages, as a user with an authenticator app would go through it.</summary>
public static class TwoFactorSteps
{
    public const string Password = "HaiLop@MatKhau2026";

    /// <summary>Opens the enrolment page, reads the key, confirms with the code of the portal's time; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(DanVanFactory factory, HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var key = KeyOf(page);
        var done = await HtmlPage.ParseAsync(await page.PostFormAsync(client, "#enable-form", new Dictionary<string, string> { ["Code"] = TotpCode.At(key, factory.Clock.GetUtcNow()) }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var codes = done.Document.QuerySelectorAll("[data-testid=recovery-code]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    public static string KeyOf(HtmlPage page) =>
        (page.Document.QuerySelector("[data-testid=authenticator-key]")?.TextContent ?? throw new InvalidOperationException("The page shows no key."))
            .Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>Signs in with the password; the answer is the redirect to the second step.</summary>
    public static async Task<HttpResponseMessage> PasswordStepAsync(HttpClient client, string email)
    {
        var response = await SignIn.PostLoginAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/TwoFactorSignIn", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return response;
    }

    /// <summary>Posts a code (or, with <paramref name="recovery"/>, a recovery code) to the second step the password step led to.</summary>
    public static async Task<HttpResponseMessage> CodeStepAsync(HttpClient client, HttpResponseMessage passwordStep, string code, bool recovery = false)
    {
        var page = await HtmlPage.GetAsync(client, passwordStep.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return recovery
            ? await page.PostFormAsync(client, "#recovery-form", new Dictionary<string, string> { ["RecoveryCode"] = code })
            : await page.PostFormAsync(client, "#code-form", new Dictionary<string, string> { ["Code"] = code });
    }

    /// <summary>The message next to the field of a refused code.</summary>
    public static async Task<string> RefusalAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        return page.Document.QuerySelector($"[data-valmsg-for={field}]")?.TextContent.Trim() ?? string.Empty;
    }
}
