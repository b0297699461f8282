using System.Net.Http.Headers;
using System.Text.Json;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Access;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Api;

/// <summary>API clients made for tests as the admin page makes them (<see cref="ApiClient.Create"/>), and calls with their keys.</summary>
internal static class ApiClients
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A client for the unit with <paramref name="unitCode"/> whose key works for a year from the factory's clock.</summary>
    public static async Task<(int Id, string Key)> CreateAsync(DanVanFactory factory, string unitCode, string name = "Hệ thống thử", TimeSpan? lifetime = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var (client, key) = ApiClient.Create(name, unit, now + (lifetime ?? TimeSpan.FromDays(365)), new Actor("test", "Test"), now);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return (client.Id, key);
    }

    /// <summary>A client (no cookies) that sends <paramref name="key"/> as its bearer token.</summary>
    public static HttpClient With(DanVanFactory factory, string? key)
    {
        var client = factory.CreateBrowserLikeClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts an RFC 9457 problem with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }
}
