using DanVan.Data.Seeding;

namespace DanVan.Web.Tests.Infrastructure;

public static class SignIn
{
    /// <summary>Signs in through the real sign-in page; the returned response is the redirect (or the page with errors).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        return await page.PostFormAsync(client, "form[action^='/Account/Login']", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>A client signed in as a demo account (password <see cref="DemoAccounts.Password"/>).</summary>
    public static async Task<HttpClient> AsAsync(DanVanFactory factory, string email)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await PostLoginAsync(client, email, DemoAccounts.Password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }
}
