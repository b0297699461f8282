using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Dashboard;
using DanVan.Web.Exports;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Exports;

/// <summary>The dashboard's Excel export: opens with the OpenXml SDK, holds the page's figures, keeps user text as text, keeps to the scope.</summary>
public sealed class DashboardWorkbookTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private static readonly string[] Sheets =
    [
        "Thông tin chung", "Tổng quan", "Theo cấp", "Theo đơn vị", "Tình trạng nhiệm vụ", "Ma trận", "Chỉ tiêu", "Xu hướng chỉ tiêu",
        "Chưa gửi báo cáo", "Nhiệm vụ quá hạn", "Chờ thẩm định lâu nhất",
    ];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task City_reviewer_downloads_a_valid_workbook_with_a_frozen_Vietnamese_header_on_every_table()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var response = await client.GetAsync(await factory.OnCurrentPeriodAsync("/Dashboard/Export"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("danvan-07-CT-TU-2026-Q4-Thanh-pho-Ha-Noi.xlsx", disposition.FileName!.Trim('"'));
        Assert.Equal("danvan-07-CT-TU-2026-Q4-Thành-phố-Hà-Nội.xlsx", disposition.FileNameStar);
        using var file = new XlsxFile(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Sheets, file.SheetNames);
        Assert.Empty(file.ValidationErrors());
        Assert.All(Sheets, name =>
        {
            var pane = file.Worksheet(name).Descendants<Pane>().Single();
            var header = file.TableRows(name).First;
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(header, pane.VerticalSplit!.Value);
            Assert.Equal($"A{header + 1}", pane.TopLeftCell!.Value);
        });
        Assert.Equal(["Chỉ số", "Giá trị", "Cách tính"], file.Headers("Tổng quan"));
        Assert.Equal(["Cấp", "Số cơ quan phải báo cáo", "Đã gửi báo cáo", "Tỷ lệ báo cáo", "Đúng hạn", "Tỷ lệ đúng hạn"], file.Headers("Theo cấp"));
        Assert.Equal(["Cơ quan, đơn vị", "Đơn vị hành chính", "Người đứng đầu"], file.Headers("Chưa gửi báo cáo"));
    }

    [Fact]
    public async Task In_English_the_sheets_and_headers_are_English()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        using var file = await XlsxFile.DownloadAsync(client, await factory.OnCurrentPeriodAsync("/Dashboard/Export?culture=en-US"));

        Assert.Contains("Headline figures", file.SheetNames);
        Assert.Equal(["Figure", "Value", "Definition"], file.Headers("Headline figures"));
    }

    [Fact]
    public async Task Headline_and_level_figures_equal_those_of_the_dashboard_for_the_same_url()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var query = $"period={await factory.PeriodIdAsync(2026, 4)}";

        var page = await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard?{query}"));
        using var file = await XlsxFile.DownloadAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard/Export?{query}"));

        var headline = file.Table("Tổng quan");
        var keys = new[] { "expected", "submitted", "rate", "ontime", "late", "missing", "accepted", "returned" };
        Assert.Equal(keys.Length, headline.Count);
        foreach (var (key, row) in keys.Zip(headline))
        {
            Assert.Equal(Shown(page.Document.QuerySelector($"[data-testid=figure-{key}]")!), Exported(file, row, "Giá trị"));
            Assert.False(string.IsNullOrWhiteSpace(XlsxFile.Text(row["Cách tính"])));
        }

        var levels = page.Document.QuerySelectorAll("[data-testid=by-level] tbody tr").ToList();
        var byLevel = file.Table("Theo cấp");
        Assert.Equal(levels.Count, byLevel.Count);
        Assert.NotEmpty(byLevel);
        foreach (var (tr, row) in levels.Zip(byLevel))
        {
            var cells = tr.Children.ToList();
            Assert.Equal(cells[0].TextContent, XlsxFile.Text(row["Cấp"]));
            Assert.Equal(
                cells.Skip(1).Select(Shown),
                new[] { "Số cơ quan phải báo cáo", "Đã gửi báo cáo", "Tỷ lệ báo cáo", "Đúng hạn", "Tỷ lệ đúng hạn" }.Select(h => Exported(file, row, h)));
        }
    }

    [Fact]
    public async Task The_missing_agencies_sheet_lists_every_agency_the_page_counts_not_only_the_first_twenty()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var page = await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync("/Dashboard"));
        var missing = int.Parse(page.Document.QuerySelector("[data-testid=figure-missing]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        using var file = await XlsxFile.DownloadAsync(client, await factory.OnCurrentPeriodAsync("/Dashboard/Export"));

        Assert.True(missing > Web.Dashboard.DashboardQueries.ListSize, $"The demo data should have more than {Web.Dashboard.DashboardQueries.ListSize} missing agencies, has {missing}.");
        var rows = file.Table("Chưa gửi báo cáo");
        Assert.Equal(missing, rows.Count);
        Assert.Equal(missing, rows.Select(r => XlsxFile.Text(r["Cơ quan, đơn vị"])).Distinct().Count());
    }

    [Fact]
    public async Task Rows_by_unit_follow_the_dashboards_sort_and_task_statuses_its_counts()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var query = $"unit={await factory.UnitIdAsync("HN-HK")}&sort=rate&dir=desc";

        var page = await HtmlPage.GetAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard?{query}"));
        using var file = await XlsxFile.DownloadAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard/Export?{query}"));

        var names = page.Document.QuerySelectorAll("[data-testid=by-unit] tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(names, file.Table("Theo đơn vị").Select(r => XlsxFile.Text(r["Đơn vị hành chính"])));
        var statuses = file.Table("Tình trạng nhiệm vụ");
        Assert.Equal(DashboardQueries.StatusesBestFirst.Count + 1, statuses.Count);
        foreach (var (status, row) in DashboardQueries.StatusesBestFirst.Zip(statuses))
        {
            Assert.Equal(page.Document.QuerySelector($"[data-testid=tasks-{status}]")!.TextContent, Exported(file, row["Số dòng nhiệm vụ"]));
        }

        Assert.Equal(page.Document.QuerySelector("[data-testid=tasks-total]")!.TextContent, Exported(file, statuses[^1]["Số dòng nhiệm vụ"]));
        Assert.Equal(page.Document.QuerySelectorAll("[data-testid=matrix] tbody tr").Length, file.Table("Ma trận").Count);
    }

    [Fact]
    public async Task Numbers_are_numeric_cells_and_dates_are_date_serials_with_a_date_format()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var due = await factory.QueryAsync(db => db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 4).Select(p => p.DueOn).SingleAsync());

        using var file = await XlsxFile.DownloadAsync(client, await factory.OnCurrentPeriodAsync("/Dashboard/Export"));

        var about = file.Table("Thông tin chung").ToDictionary(r => XlsxFile.Text(r["Nội dung"])!, r => r["Giá trị"]);
        Assert.Equal(due.ToDateTime(TimeOnly.MinValue), DateTime.FromOADate(XlsxFile.Number(about["Hạn"])));
        Assert.Equal("dd/mm/yyyy", file.Style(about["Hạn"]).Format);
        Assert.Equal(new DateTime(2026, 11, 26, 10, 0, 0), DateTime.FromOADate(XlsxFile.Number(about["Thời điểm xuất dữ liệu (giờ Hà Nội)"])));
        Assert.Equal("dd/mm/yyyy hh:mm", file.Style(about["Thời điểm xuất dữ liệu (giờ Hà Nội)"]).Format);
        var headline = file.Table("Tổng quan");
        Assert.All(headline, row => Assert.True(XlsxFile.IsNumeric(row["Giá trị"])));
        Assert.Equal("0.0%", file.Style(headline[2]["Giá trị"]).Format);
        Assert.Equal("builtin:3", file.Style(headline[0]["Giá trị"]).Format);
        var waiting = file.Table("Chờ thẩm định lâu nhất");
        Assert.All(waiting, row => Assert.Equal("dd/mm/yyyy hh:mm", file.Style(row["Ngày gửi"]).Format));
        Assert.All(file.Table("Nhiệm vụ quá hạn"), row => Assert.Equal("dd/mm/yyyy", file.Style(row["Hạn"]).Format));
    }

    [Fact]
    public async Task Text_typed_like_a_formula_stays_text_everywhere_in_the_workbook()
    {
        string[] names = ["=HYPERLINK(\"http://evil.example\",\"Bấm\")", "+84 Cơ quan thử", "-Cơ quan thử", "@Cơ quan thử"];
        string[] heads = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,1)"];
        await AddFormulaLikeAgenciesAsync("HN-CG", "@Phường Thử Công Thức", names, heads);
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        using var file = await XlsxFile.DownloadAsync(client, await factory.OnCurrentPeriodAsync($"/Dashboard/Export?unit={await factory.UnitIdAsync("HN-CG")}"));

        var cells = file.AllCells.ToList();
        Assert.All(cells, cell => Assert.Null(cell.CellFormula));
        Assert.DoesNotContain(file.WorkbookPart.Parts, p => p.OpenXmlPart is DocumentFormat.OpenXml.Packaging.CalculationChainPart);
        var missing = file.Table("Chưa gửi báo cáo");
        foreach (var (name, head) in names.Zip(heads))
        {
            var row = Assert.Single(missing, r => XlsxFile.Text(r["Cơ quan, đơn vị"]) == name);
            Assert.Equal(head, XlsxFile.Text(row["Người đứng đầu"]));
            Assert.True(file.Style(row["Cơ quan, đơn vị"]).QuotePrefix);
            Assert.True(file.Style(row["Người đứng đầu"]).QuotePrefix);
            Assert.Equal("@Phường Thử Công Thức", XlsxFile.Text(row["Đơn vị hành chính"]));
        }

        var ward = cells.Where(c => XlsxFile.Text(c) == "@Phường Thử Công Thức").ToList();
        Assert.True(ward.Count >= 3, "The ward should appear in the missing list, by unit, the matrix and the indicators.");
        Assert.All(ward, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
    }

    /// <summary>A figure as the page shows it: its text, or "—" for a missing figure.</summary>
    private static string Shown(IElement element) => element.QuerySelector("[data-missing]") is null ? element.TextContent.Trim() : "—";

    /// <summary>The row's cell in <paramref name="column"/> written the way the page shows it; an empty cell (a missing figure) as "—".</summary>
    private static string Exported(XlsxFile file, Dictionary<string, Cell> row, string column) =>
        row.TryGetValue(column, out var cell) ? Exported(file, cell) : "—";

    /// <summary>A numeric cell written the way the page shows it: counts as integers, percentage cells as "62,5 %".</summary>
    private static string Exported(XlsxFile file, Cell cell)
    {
        var value = XlsxFile.Number(cell);
        return file.Style(cell).Format == "0.0%"
            ? $"{Math.Round(value * 100, 1).ToString(Vietnamese)} %"
            : value.ToString(CultureInfo.InvariantCulture);
    }

    private Task<int> AddFormulaLikeAgenciesAsync(string districtCode, string wardName, string[] names, string[] heads) => factory.QueryAsync(async db =>
    {
        var district = await db.Units.SingleAsync(u => u.Code == districtCode);
        var tasks = await db.DirectiveTasks.Where(t => t.Directive!.Code == DirectiveSeed.DirectiveCode).Take(2).ToListAsync();
        var ward = AdministrativeUnit.CreateBelow(district, UnitLevel.Ward, $"{districtCode}-FX", wardName, HierarchySeed.ValidFrom);
        db.Units.Add(ward);
        for (var i = 0; i < names.Length; i++)
        {
            var agency = Agency.Create($"{ward.Code}-{i}", names[i], AgencyKind.PeoplesCommittee, ward, HierarchySeed.ValidFrom, heads[i]);
            db.Agencies.Add(agency);
            db.Assignments.AddRange(tasks.Select(t => Assignment.Create(t, agency, AssignmentRole.Lead)));
        }

        return await db.SaveChangesAsync();
    });
}
