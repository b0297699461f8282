using System.Text;
using DanVan.Web.Tests.Authorization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// Every form of every page, found from the endpoint matrix's pages (not a hand list), opened by an account that may use
/// it; every field of each form gets each of <see cref="BadValues.All"/> in turn, the rest of the form as the page gave
/// it. Never a 5xx; markup never comes back unescaped; a refused post (the page again, or 400) leaves the database as it
/// was (SQLite's data_version does not move), and the page again says what is wrong.
/// </summary>
public sealed class BadInputTests(SignedInFactory factory, ITestOutputHelper output) : IClassFixture<SignedInFactory>
{
    /// <summary>Pages whose refusals write by design: a failed sign-in or password change is counted towards the lockout.</summary>
    private static readonly string[] CountsFailures = ["/Account/Login", "/Account/ChangePassword"];

    [Fact]
    public async Task No_malformed_value_in_any_form_gives_a_server_error_or_changes_data_when_refused()
    {
        var forms = await FormsAsync();
        var failures = new List<string>();
        var cases = 0;
        var acceptedWrites = 0;
        await using var probe = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await probe.OpenAsync();
        foreach (var (form, client) in forms)
        {
            foreach (var field in form.Editable().ToList())
            {
                foreach (var (kind, value) in BadValues.All)
                {
                    cases++;
                    var before = await DataVersionAsync(probe);
                    var response = await SendAsync(client, form, field, value);
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    var refused = status is 200 or 400 or 409 or 422 or 429;
                    var where = $"{(form.IsPost ? "POST" : "GET")} {form.Action} {field}={kind}";
                    if (status >= 500)
                    {
                        failures.Add($"{where}: {status}");
                    }
                    else if (body.Contains(BadValues.Markup, StringComparison.Ordinal))
                    {
                        failures.Add($"{where}: markup came back unescaped");
                    }
                    else if (await DataVersionAsync(probe) == before)
                    {
                        if (form.IsPost && status == 200 && !SaysWhatIsWrong(body))
                        {
                            failures.Add($"{where}: refused without a message");
                        }

                        continue;
                    }
                    else if (form.IsPost && refused && !CountsFailures.Any(p => form.Action.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                    {
                        failures.Add($"{where}: refused with {status} but the database changed");
                    }
                    else
                    {
                        acceptedWrites++;
                    }
                }
            }
        }

        output.WriteLine($"{cases} malformed submissions to {forms.Count} forms on {forms.Select(f => f.Form.Page).Distinct().Count()} pages; {acceptedWrites} accepted ones wrote.");
        Assert.True(cases >= 1000, $"Only {cases} cases.");
        Assert.True(acceptedWrites > 0, "No accepted submission changed the database: the data_version probe sees nothing.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n" + string.Join('\n', failures.Take(40)));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, PageForm form, string field, string? value)
    {
        var encoded = form.Encode(field, value);
        if (!form.IsPost)
        {
            var separator = form.Action.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            return await client.GetAsync(form.Action + separator + encoded);
        }

        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(encoded));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return await client.PostAsync(form.Action, content);
    }

    /// <summary>Each distinct form (by action and fields) of the pages the matrix lists, with a client of an account that may use it.</summary>
    private async Task<List<(PageForm Form, HttpClient Client)>> FormsAsync()
    {
        var found = new List<(PageForm, HttpClient)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rule, url, client, page) in await MatrixPages.OpenAsync(factory))
        {
            foreach (var form in PageForm.On(rule.Endpoint.Route, page.Document, url))
            {
                var key = $"{form.IsPost}|{form.Action.Split('?')[0]}|{string.Join(',', form.Fields.Select(f => f.Key).Distinct().Order(StringComparer.Ordinal))}";
                if (form.Action.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase) || !seen.Add(key))
                {
                    continue;
                }

                found.Add((form, client));
            }
        }

        return found;
    }

    private static async Task<long> DataVersionAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Whether the page shown again names a problem: a field or summary error, or an alert.</summary>
    private static bool SaysWhatIsWrong(string body)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
        return document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, .text-danger, .alert-danger, .alert-warning, [role=alert]")
            .Any(e => e.TextContent.Trim().Length > 0);
    }
}
