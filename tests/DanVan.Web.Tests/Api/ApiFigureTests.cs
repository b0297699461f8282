using System.Text.Json;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Exports;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Api;

/// <summary>The API's figures are the dashboard's: the same unit and period give the same numbers as its <c>figure-…</c> values.</summary>
public sealed class ApiFigureTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Theory]
    [InlineData("HN", 4)]
    [InlineData("HN-HK", 4)]
    [InlineData("HN-HK", 3)]
    [InlineData("HN-HK-HB", 3)]
    public async Task The_figures_are_the_dashboards_for_the_same_unit_and_period(string unitCode, int quarter)
    {
        var unit = await factory.UnitIdAsync(unitCode);
        var period = await factory.PeriodIdAsync(2026, quarter);
        var dashboard = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), $"/Dashboard?unit={unit}&period={period}");
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);

        var figures = await api.GetJsonAsync($"/api/v1/periods/{period}/figures?unit={unit}");

        var reporting = figures.GetProperty("reporting");
        foreach (var (testId, property) in new[] { ("expected", "expected"), ("submitted", "submitted"), ("ontime", "onTime"), ("late", "late"), ("missing", "missing"), ("accepted", "accepted"), ("returned", "returned") })
        {
            Assert.Equal(Shown(dashboard, $"figure-{testId}"), reporting.GetProperty(property).GetInt32());
        }

        Assert.Equal(Shown(dashboard, "figure-rate"), Math.Round(reporting.GetProperty("rate").GetDouble() * 100, 1));
        Assert.Equal(Shown(dashboard, "tasks-total"), figures.GetProperty("taskLines").GetInt32());
        foreach (var status in figures.GetProperty("taskStatuses").EnumerateObject())
        {
            Assert.Equal(Shown(dashboard, $"tasks-{status.Name}"), status.Value.GetInt32());
        }

        Assert.True(reporting.GetProperty("submitted").GetInt32() > 0, "The demo should have submitted reports in the period.");
        Assert.Equal(unit, figures.GetProperty("unit").GetProperty("id").GetInt32());
        Assert.Equal(period, figures.GetProperty("period").GetProperty("id").GetInt32());
        Assert.NotEmpty(figures.GetProperty("indicators").EnumerateArray());
    }

    [Fact]
    public async Task Vietnamese_text_is_sent_as_readable_UTF_8()
    {
        var (_, key) = await ApiClients.CreateAsync(factory, "HN");
        using var api = ApiClients.With(factory, key);

        var response = await api.GetAsync("/api/v1/units?limit=1000");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("Hoàn Kiếm", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(body).RootElement.GetProperty("items").ValueKind);
    }

    private static double Shown(HtmlPage page, string testId) =>
        WordReport.Number(page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent ?? throw new InvalidOperationException($"No {testId} on the dashboard."));
}
