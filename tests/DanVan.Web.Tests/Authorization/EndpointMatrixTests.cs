using System.Collections.Concurrent;
using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Authorization;

/// <summary>
/// <see cref="EndpointMatrix"/> through HTTP: every row for anonymous and each account, GET as a browser would and POST
/// with the account's antiforgery token and an empty form. The rows that sign out come last.
/// </summary>
public sealed class EndpointMatrixTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    internal const string Anonymous = "anonymous";

    private static readonly ConcurrentDictionary<(DanVanFactory, HttpClient), string> Tokens = new();

    public static TheoryData<int, string> Cases() => CasesWhere(r => !r.SignsOut);

    internal static TheoryData<int, string> CasesWhere(Func<EndpointRule, bool> include)
    {
        var cases = new TheoryData<int, string>();
        for (var rule = 0; rule < EndpointMatrix.Rules.Count; rule++)
        {
            if (!include(EndpointMatrix.Rules[rule]))
            {
                continue;
            }

            foreach (var account in EndpointMatrix.Accounts.Prepend(Anonymous))
            {
                cases.Add(rule, account);
            }
        }

        return cases;
    }

    [Fact]
    public async Task Every_endpoint_of_the_portal_has_a_row_and_every_row_an_endpoint()
    {
        _ = factory.CreateClient();
        var endpoints = await PortalEndpoints.AllAsync(factory.Services);
        var covered = EndpointMatrix.Rules.Select(r => r.Endpoint).ToHashSet();

        var missing = endpoints.Where(e => !covered.Contains(e)).Select(e => e.ToString()).ToList();
        var stale = covered.Where(e => !endpoints.Contains(e)).Select(e => e.ToString()).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in EndpointMatrix (and docs/authorization-matrix.md): " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows in EndpointMatrix for endpoints the portal does not have: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_answers_each_account_as_the_matrix_says(int rule, string account)
    {
        var who = account == Anonymous ? null : account;
        var client = who is null ? factory.CreateBrowserLikeClient() : await factory.ClientAsync(who);
        await AssertRowAsync(factory, client, EndpointMatrix.Rules[rule], account);
    }

    /// <summary>Calls the row's endpoint as <paramref name="account"/> and checks the outcome the matrix gives.</summary>
    internal static async Task AssertRowAsync(DanVanFactory factory, HttpClient client, EndpointRule row, string account)
    {
        var who = account == Anonymous ? null : account;
        var url = await MatrixUrls.ResolveAsync(factory, row.Url);

        var response = row.Endpoint.Method == "POST"
            ? await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(factory, client, account) }))
            : await client.GetAsync(url);

        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var toSignIn = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase);
        var expected = row.Expect(who);
        var ok = expected switch
        {
            Outcome.SignIn => toSignIn,
            Outcome.Forbidden => status == 403,
            Outcome.NotFound => status == 404,
            Outcome.Refused => status is 403 or 404,
            Outcome.NotForbidden => status < 500 && status is not (401 or 403) && !toSignIn,
            Outcome.Unauthorized => status == 401 && response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            _ => status < 500 && status is not (401 or 403 or 404) && !toSignIn && !location.Contains("AccessDenied", StringComparison.OrdinalIgnoreCase),
        };
        Assert.True(ok, $"{account}: {row.Endpoint.Method} {url} ({row}) expected {expected}, got {status} {location}");
    }

    private static async Task<string> TokenAsync(DanVanFactory factory, HttpClient client, string account)
    {
        if (Tokens.TryGetValue((factory, client), out var token))
        {
            return token;
        }

        var page = await HtmlPage.GetAsync(client, account == Anonymous ? "/Account/Login" : "/Account/ChangePassword");
        token = page.AntiforgeryToken();
        Tokens[(factory, client)] = token;
        return token;
    }
}

/// <summary>The rows that sign out, each on a fresh session of each account (signing out ends every session of the user).</summary>
public sealed class SignOutMatrixTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    public static TheoryData<int, string> Cases() => EndpointMatrixTests.CasesWhere(r => r.SignsOut);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sign_out_answers_each_account_as_the_matrix_says(int rule, string account)
    {
        var client = account == EndpointMatrixTests.Anonymous ? factory.CreateBrowserLikeClient() : await SignIn.AsAsync(factory, account);

        await EndpointMatrixTests.AssertRowAsync(factory, client, EndpointMatrix.Rules[rule], account);
    }
}
