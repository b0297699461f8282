using System.Text.Json;
using DanVan.Web.Tests.Api;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// The read API in the bad-input table: every query parameter and route value of every /api/v1 endpoint gets each of
/// <see cref="BadValues.All"/> in turn, the others left valid. Never a 5xx and never a stack trace; every answer is JSON,
/// and every refusal an RFC 9457 problem (400, or 404 for a route value that names nothing).
/// </summary>
public sealed class ApiBadInputTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    /// <summary>Each endpoint with valid values; <c>{name}</c> marks a route value, the query parameters are the rest.</summary>
    private static readonly (string Path, string[] Query)[] Endpoints =
    [
        ("/api/v1/directives", ["limit=10", "cursor="]),
        ("/api/v1/directives/{1}", []),
        ("/api/v1/periods", ["limit=10", "cursor="]),
        ("/api/v1/units", ["asOf=2026-11-26", "limit=10", "cursor="]),
        ("/api/v1/agencies", ["asOf=2026-11-26", "unit=", "limit=10", "cursor="]),
        ("/api/v1/periods/{1}/figures", ["directive=", "unit="]),
        ("/api/v1/reports/accepted", ["since=2026-01-01T00:00:00Z", "period=", "limit=10", "cursor="]),
    ];

    [Fact]
    public async Task No_malformed_value_in_any_api_parameter_gives_a_server_error_or_a_non_json_answer()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var client = ApiClients.With(factory, key);
        var failures = new List<string>();
        var cases = 0;
        foreach (var (path, query) in Endpoints)
        {
            foreach (var (target, isRoute) in query.Select(q => (q[..q.IndexOf('=', StringComparison.Ordinal)], false)).Append(("{1}", true)).Where(t => !t.Item2 || path.Contains("{1}", StringComparison.Ordinal)))
            {
                // A NUL in the path never reaches the portal: Kestrel answers 400 itself, and the test host refuses to send it.
                foreach (var (kind, value) in BadValues.All.Where(v => !isRoute || v.Encoded?.Contains("%00", StringComparison.Ordinal) != true))
                {
                    cases++;
                    var url = Url(path, query, target, isRoute, value);
                    var shown = url.Length > 120 ? url[..120] + "…" : url;
                    using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    var media = response.Content.Headers.ContentType?.MediaType;
                    if (status >= 500 || body.Contains("   at ", StringComparison.Ordinal))
                    {
                        failures.Add($"{shown} ({kind}): {status}");
                    }
                    else if (status >= 400 && (status is not (400 or 404) || media != "application/problem+json"))
                    {
                        failures.Add($"{shown} ({kind}): {status} {media}");
                    }
                    else if (status < 400 && (media != "application/json" || !IsJson(body)))
                    {
                        failures.Add($"{shown} ({kind}): {status} answered {media}");
                    }
                }
            }
        }

        Assert.True(cases > 150, $"Only {cases} cases were tried.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n{string.Join('\n', failures.Take(30))}");
    }

    private static string Url(string path, string[] query, string target, bool isRoute, string? value)
    {
        var route = isRoute ? path.Replace("{1}", value ?? string.Empty, StringComparison.Ordinal) : path.Replace("{1}", "1", StringComparison.Ordinal);
        var parameters = query.Select(q => !isRoute && q.StartsWith(target + "=", StringComparison.Ordinal) ? (value is null ? null : $"{target}={value}") : q)
            .OfType<string>().Where(q => !q.EndsWith('=')).ToList();
        return parameters.Count == 0 ? route : $"{route}?{string.Join('&', parameters)}";
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
