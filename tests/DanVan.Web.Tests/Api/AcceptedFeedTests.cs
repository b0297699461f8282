using System.Globalization;
using System.Net;
using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Api;

/// <summary>
/// The accepted-reports feed pages by keyset: every acceptance comes exactly once, in order, while reviewers accept reports
/// concurrently; the last cursor resumes with what was accepted since; bad paging values are 400.
/// </summary>
public sealed class AcceptedFeedTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Cursor_paging_returns_every_acceptance_once_while_reports_are_accepted_concurrently()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await AcceptAgainAsync(i);
                await Task.Delay(5);
            }
        });

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        while (true)
        {
            var page = await api.GetJsonAsync("/api/v1/reports/accepted?limit=7" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("cursor").GetString()!));
            cursor = page.GetProperty("next").GetString();
            pages++;
            if (!page.GetProperty("hasMore").GetBoolean() && writer.IsCompleted)
            {
                break;
            }
        }

        await writer;
        var total = await factory.QueryAsync(db => db.ReportTransitions.CountAsync(t => t.To == ReportStatus.Accepted));
        Assert.True(pages > 10, $"Only {pages} pages: the writer did not overlap the paging.");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(total, seen.Count);

        await AcceptAgainAsync(99);
        var since = await api.GetJsonAsync("/api/v1/reports/accepted?cursor=" + cursor);
        var item = Assert.Single(since.GetProperty("items").EnumerateArray());
        Assert.NotEmpty(item.GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public async Task Since_starts_at_an_instant()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);
        var latest = await factory.QueryAsync(db => db.ReportTransitions.Where(t => t.To == ReportStatus.Accepted).MaxAsync(t => t.AtUtc));

        var page = await api.GetJsonAsync("/api/v1/reports/accepted?since=" + Uri.EscapeDataString(latest.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.GetProperty("acceptedAtUtc").GetDateTime() >= latest.AddSeconds(-1)));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=%3Cscript%3E", "cursor")]
    [InlineData("since=yesterday", "since")]
    [InlineData("period=-1", "period")]
    public async Task Bad_paging_or_filter_values_are_400_problem_details(string query, string parameter)
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);

        var problem = await ApiClients.AssertProblemAsync(await api.GetAsync("/api/v1/reports/accepted?" + query), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);
        var periods = await api.GetJsonAsync("/api/v1/periods?limit=1");

        var response = await api.GetAsync("/api/v1/reports/accepted?cursor=" + periods.GetProperty("next").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>
    /// A reviewer's acceptance written as the workflow writes it (a transition to Accepted of an existing submitted
    /// version), for reports of low ids, so that an order by report (or an offset) would put it among pages already read.
    /// </summary>
    private async Task AcceptAgainAsync(int n)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var source = await db.ReportTransitions.Where(t => t.To == ReportStatus.Accepted).OrderBy(t => t.ReportId).Skip(n % 5).Select(t => t.Id).FirstAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO ReportTransitions (ReportId, "From", "To", ActorUserId, ActorName, AtUtc, Comment, Version)
            SELECT ReportId, 'Submitted', 'Accepted', ActorUserId, ActorName, {factory.Clock.GetUtcNow().UtcDateTime}, NULL, Version FROM ReportTransitions WHERE Id = {source}
            """);
    }
}
