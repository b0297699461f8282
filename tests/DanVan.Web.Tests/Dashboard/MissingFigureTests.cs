using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>On the dashboard a missing figure (no value reported, a rate of 0 out of 0) is "—" with "no data yet", never 0; a reported 0 stays 0.</summary>
public sealed class MissingFigureTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task On_time_rate_where_nothing_was_submitted_is_shown_as_missing_while_the_reporting_rate_is_a_real_0_percent()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-M1", assigned: true);
        var district = await factory.UnitIdAsync("HN-CG");

        var wardPage = await GetAsync($"/Dashboard?unit={ward}");
        var districtPage = await GetAsync($"/Dashboard?unit={district}");

        var level = wardPage.Document.QuerySelector("[data-testid=by-level] tr[data-level=Ward]")!;
        Assert.Equal("0 %", level.QuerySelector("[data-col=rate]")!.TextContent);
        AssertMissing(level.QuerySelector("[data-col=ontime-rate]")!);
        var row = districtPage.Document.QuerySelector($"[data-testid=by-unit] tr[data-unit='{ward}']")!;
        Assert.Equal("0 %", row.QuerySelector("[data-col=rate]")!.TextContent);
        AssertMissing(row.QuerySelector("[data-col=ontime]")!);
        var rates = ChartData(wardPage).GetProperty("rates").GetProperty("series");
        Assert.Equal(0, rates[0].GetProperty("values")[0].GetDouble());
        Assert.Equal(JsonValueKind.Null, rates[1].GetProperty("values")[0].ValueKind);
    }

    [Fact]
    public async Task Reporting_rate_where_no_report_is_expected_is_shown_as_missing()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-M2", assigned: false);

        var page = await GetAsync($"/Dashboard?unit={ward}");

        Assert.Equal("0", page.Document.QuerySelector("[data-testid=figure-expected]")!.TextContent);
        AssertMissing(page.Document.QuerySelector("[data-testid=figure-rate]")!);
    }

    [Fact]
    public async Task Indicator_without_values_is_shown_as_missing_while_a_reported_0_is_shown_as_0()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-M3", assigned: true);
        await factory.SubmitIndicatorAsync(MissingData.AgencyCode("HN-CG-M3"), MissingData.Dialogues, 0);

        var page = await GetAsync($"/Dashboard?unit={ward}");

        var reported = page.Document.QuerySelector($"[data-testid=indicator-total-{await factory.IndicatorIdAsync(MissingData.Dialogues)}]")!;
        Assert.Equal("0", reported.TextContent);
        Assert.Null(reported.QuerySelector("[data-missing]"));
        AssertMissing(page.Document.QuerySelector($"[data-testid=indicator-total-{await factory.IndicatorIdAsync(MissingData.DirectDialogues)}]")!);
    }

    [Fact]
    public async Task Trend_chart_has_a_gap_not_a_0_for_a_period_without_values()
    {
        var ward = await factory.AddWardAsync("HN-CG", "HN-CG-M4", assigned: true);
        await factory.SubmitIndicatorAsync(MissingData.AgencyCode("HN-CG-M4"), MissingData.Dialogues, 0);
        var id = await factory.IndicatorIdAsync(MissingData.Dialogues);

        var page = await GetAsync($"/Dashboard?unit={ward}");

        var series = ChartData(page).GetProperty("trend").GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("label").GetString()!.StartsWith("2.3 ", StringComparison.Ordinal));
        var values = series.GetProperty("values").EnumerateArray().ToList();
        Assert.True(values.Count > 1, "The trend should cover earlier periods, in which the new ward reported nothing.");
        Assert.All(values[..^1], v => Assert.Equal(JsonValueKind.Null, v.ValueKind));
        Assert.Equal(0, values[^1].GetDouble());
        var cells = page.Document.QuerySelectorAll($"[data-testid=trend] tr[data-indicator='{id}'] td").ToList();
        Assert.All(cells[..^1], AssertMissing);
        Assert.Equal("0", cells[^1].TextContent);
    }

    [Fact]
    public async Task The_definitions_say_that_a_dash_means_no_data_yet()
    {
        var page = await GetAsync("/Dashboard");

        Assert.Contains("“—” nghĩa là chưa có số liệu", page.Document.QuerySelector("[data-testid=missing-rule]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tỷ lệ 0 trên 0 ghi “—” (chưa có số liệu), không ghi 0 %", page.Text, StringComparison.Ordinal);
    }

    private static void AssertMissing(IElement cell)
    {
        var missing = cell.QuerySelector("[data-missing]");
        Assert.True(missing is not null, $"Expected a missing figure, found \"{cell.TextContent}\".");
        Assert.Equal("—", missing.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Equal("chưa có số liệu", missing.QuerySelector(".visually-hidden")!.TextContent);
        Assert.StartsWith("Chưa có số liệu", missing.GetAttribute("title"), StringComparison.Ordinal);
        Assert.DoesNotContain("0", cell.TextContent, StringComparison.Ordinal);
    }

    private static JsonElement ChartData(HtmlPage page) =>
        JsonSerializer.Deserialize<JsonElement>(page.Document.GetElementById("dashboard-data")!.TextContent);

    private async Task<HtmlPage> GetAsync(string url)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), await factory.OnCurrentPeriodAsync(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }
}
