using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Access;
using DanVan.Domain.Reporting;
using DanVan.Web.Api;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Api;

/// <summary>Who reads what through the API: a key's unit subtree only; forged, malformed and revoked keys 401; no cookie on the API, no key on pages; every call audited.</summary>
public sealed class ApiAccessTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task A_client_for_one_ward_sees_only_that_ward()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN-HK-HB");
        using var api = ApiClients.With(factory, key);
        var hangBac = await factory.UnitIdAsync("HN-HK-HB");

        var units = await api.GetJsonAsync("/api/v1/units");
        var agencies = await api.GetJsonAsync("/api/v1/agencies");
        var feed = await api.GetJsonAsync("/api/v1/reports/accepted?limit=1000");

        Assert.Equal([hangBac], units.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetInt32()));
        var agencyCodes = agencies.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()!).ToList();
        Assert.Contains("HN-HK-HB-UBND", agencyCodes);
        Assert.All(agencyCodes, code => Assert.StartsWith("HN-HK-HB-", code, StringComparison.Ordinal));
        var accepted = feed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("agencyCode").GetString()!).ToList();
        var expected = await factory.QueryAsync(db => db.ReportTransitions.CountAsync(t => t.To == ReportStatus.Accepted
            && db.Reports.Any(r => r.Id == t.ReportId && r.Agency!.Unit!.Code == "HN-HK-HB")));
        Assert.Equal(expected, accepted.Count);
        Assert.All(accepted, code => Assert.StartsWith("HN-HK-HB-", code, StringComparison.Ordinal));

        var period = await factory.PeriodIdAsync(2026, 3);
        var district = await factory.UnitIdAsync("HN-HK");
        await ApiClients.AssertProblemAsync(await api.GetAsync($"/api/v1/periods/{period}/figures?unit={district}"), 404);
        var own = await api.GetJsonAsync($"/api/v1/periods/{period}/figures");
        Assert.Equal(hangBac, own.GetProperty("unit").GetProperty("id").GetInt32());
        await ApiClients.AssertProblemAsync(await api.GetAsync($"/api/v1/agencies?unit={district}"), 404);
    }

    [Fact]
    public async Task A_city_client_reads_every_district()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);

        var units = await api.GetJsonAsync("/api/v1/units?limit=1000");

        var codes = units.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Contains("HN-HK", codes);
        Assert.Contains("HN-BD", codes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    [InlineData("dvk_0123456789abcdef_forged")]
    public async Task A_missing_malformed_or_unknown_key_gets_401_problem_details(string? key)
    {
        using var api = ApiClients.With(factory, key);

        var response = await api.GetAsync("/api/v1/periods");

        await ApiClients.AssertProblemAsync(response, 401);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_key_with_a_forged_secret_gets_401()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN-HK-HB");
        var forged = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var api = ApiClients.With(factory, forged);

        await ApiClients.AssertProblemAsync(await api.GetAsync("/api/v1/periods"), 401);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_its_next_call()
    {
        var (id, key) = await ApiClients.CreateAsync(factory, "HN-HK-HB", "Hệ thống sẽ thu hồi");
        using var api = ApiClients.With(factory, key);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/periods")).StatusCode);

        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var list = await HtmlPage.GetAsync(admin, "/Admin/ApiClients");
        var revoked = await list.PostFormAsync(admin, $"tr[data-api-client='{id}'] form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await ApiClients.AssertProblemAsync(await api.GetAsync("/api/v1/periods"), 401);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "apiClient.revoke" && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task The_sign_in_cookie_never_opens_the_API_and_a_key_never_opens_a_page()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        await ApiClients.AssertProblemAsync(await admin.GetAsync("/api/v1/periods"), 401);

        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);
        var page = await api.GetAsync("/Admin");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_call_is_audited_with_its_client_and_path()
    {
        var (id, key) = await ApiClients.CreateAsync(factory, "HN-HK-HB", "Hệ thống kiểm toán");
        using var api = ApiClients.With(factory, key);

        await api.GetJsonAsync("/api/v1/periods?limit=2");
        await api.GetAsync("/api/v1/directives/999999");

        var entries = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.UserId == $"api:{id}").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((ApiCallAudit.Action, nameof(ApiClient), id.ToString(), "Hệ thống kiểm toán"), (e.Action, e.EntityType, e.EntityId, e.UserName)));
        Assert.Contains("/api/v1/periods?limit=2", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("/api/v1/directives/999999", entries[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_cross_origin_read_is_allowed()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/periods");
        request.Headers.Add("Origin", "https://evil.example");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/periods");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await api.SendAsync(request);
        var answer = await api.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task The_admin_page_shows_the_key_once_and_stores_only_its_hash()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var form = await HtmlPage.GetAsync(admin, "/Admin/ApiClients/Create");
        var unit = await factory.UnitIdAsync("HN-HK-HB");

        var created = await HtmlPage.ParseAsync(await form.PostFormAsync(admin, "[data-testid=api-client-form]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Hệ thống báo cáo quốc gia",
            ["Input.UnitId"] = unit.ToString(),
            ["Input.ExpiresOn"] = "2027-11-26",
        }));
        var key = created.Document.QuerySelector("[data-testid=api-key-value]")!.TextContent.Trim();
        using var api = ApiClients.With(factory, key);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/units")).StatusCode);
        var stored = await factory.QueryAsync(db => db.ApiClients.SingleAsync(c => c.Name == "Hệ thống báo cáo quốc gia"));
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.DoesNotContain(Convert.ToHexString(stored.SecretHash), key, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ApiClient.Parse(key)!.Value.KeyId, stored.KeyId);
        var list = await HtmlPage.GetAsync(admin, "/Admin/ApiClients");
        Assert.Contains(stored.KeyId, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiClient.Parse(key)!.Value.Secret, list.Text, StringComparison.Ordinal);
    }
}
