using System.Net;
using System.Text.RegularExpressions;
using DanVan.Data.Seeding;

namespace DanVan.Bench.Memory;

/// <summary>
/// A client of the portal on plain HTTP that speaks to it as nginx does (deploy/nginx/danvan-two-instances.conf): from
/// loopback, which the portal trusts as a proxy, with <c>X-Forwarded-Proto: https</c>, so the portal sees an HTTPS
/// request. Its cookies are Secure, which a cookie container would not send over plain HTTP: this handler keeps them
/// as the browser on the proxy's HTTPS address would, and sends them itself. No redirect is followed.
/// </summary>
internal sealed partial class ProxiedClient : DelegatingHandler
{
    private readonly CookieContainer _cookies = new();

    private ProxiedClient()
        : base(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
    }

    public static HttpClient Create(Uri baseAddress) =>
        new(new ProxiedClient()) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>A client signed in through the sign-in page with the bench accounts' password.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri baseAddress, string email)
    {
        var client = Create(baseAddress);
        var login = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var seen = AsHttps(request.RequestUri!);
        request.Headers.Add("X-Forwarded-Proto", "https");
        var cookies = _cookies.GetCookieHeader(seen);
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
            {
                _cookies.SetCookies(seen, cookie);
            }
        }

        return response;
    }

    private static Uri AsHttps(Uri uri) => new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = 443 }.Uri;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
