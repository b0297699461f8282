using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Tests.Exports;

/// <summary>The dashboard's workbook prints as a document: every sheet fitted to the page's width under title rows, the header repeated, the matrix compact and coloured with a legend.</summary>
public sealed class DashboardWorkbookPrintTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Every_sheet_prints_on_A4_fitted_to_the_width_with_its_header_row_repeated_under_title_rows_naming_what_it_is()
    {
        using var file = await DownloadAsync();

        var names = file.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        Assert.Equal(file.SheetNames.Count, names.Count);
        for (var i = 0; i < file.SheetNames.Count; i++)
        {
            var name = file.SheetNames[i];
            var sheet = file.Worksheet(name);
            Assert.True(sheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value, $"{name}: fitToPage");
            var setup = sheet.Elements<PageSetup>().Single();
            Assert.Equal((9u, 1u, 0u), (setup.PaperSize!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.NotNull(setup.Orientation);
            var header = file.TableRows(name).First;
            Assert.Equal($"'{name}'!${header}:${header}", Assert.Single(names, d => d.LocalSheetId?.Value == i).Text);
            var titles = file.Titles(name);
            Assert.Equal(name, titles[0]);
            Assert.Contains(titles, t => t.StartsWith("Chỉ thị số 07-CT/TU: ", StringComparison.Ordinal));
            Assert.Contains(titles, t => t.StartsWith("Kỳ báo cáo: ", StringComparison.Ordinal) && t.Contains("2026", StringComparison.Ordinal));
            Assert.Contains("Đơn vị: Thành phố Hà Nội", titles);
            Assert.Contains("Thời điểm xuất: ngày 26/11/2026 lúc 10:00 (giờ Hà Nội)", titles);
            Assert.Contains("&P", sheet.Descendants<OddFooter>().Single().Text, StringComparison.Ordinal);
        }

        Assert.Equal(OrientationValues.Landscape, Orientation(file, "Ma trận"));
        Assert.Equal(OrientationValues.Landscape, Orientation(file, "Theo đơn vị"));
        Assert.Equal(OrientationValues.Portrait, Orientation(file, "Tình trạng nhiệm vụ"));
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public async Task Matrix_cells_are_short_symbols_on_a_fill_per_status_and_a_legend_explains_each_fill()
    {
        using var file = await DownloadAsync();

        var notes = file.Notes("Ma trận");
        Assert.Equal("Chú giải", XlsxFile.Text(notes[0]["A"]));
        var legend = notes.Skip(1).Take(6).ToDictionary(r => XlsxFile.Text(r["A"])!, r => (Fill: file.FillColour(r["A"]), Meaning: XlsxFile.Text(r["B"])));
        Assert.Equal(6, legend.Values.Select(v => v.Fill).Distinct().Count());
        Assert.All(legend.Values, v => Assert.NotNull(v.Fill));
        Assert.Contains(legend.Values, v => v.Meaning == "Hoàn thành đúng hạn");
        Assert.Contains(legend.Values, v => v.Meaning == "Quá hạn");
        Assert.Contains(legend.Values, v => v.Meaning == "Chưa báo cáo");
        var cells = file.Rows("Ma trận").Skip(1).SelectMany(r => r.Where(c => c.Key != "A").Select(c => c.Value)).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, cell =>
        {
            var text = XlsxFile.Text(cell)!;
            Assert.InRange(text.Length, 1, 9);
            Assert.True(legend.TryGetValue(text.Split(' ')[0], out var entry), $"{cell.CellReference}: '{text}' has no legend entry.");
            Assert.Equal(entry.Fill, file.FillColour(cell));
        });
        Assert.True(cells.Select(file.FillColour).Distinct().Count() > 1, "The demo data should give the matrix more than one status.");
    }

    private static OrientationValues Orientation(XlsxFile file, string name) => file.Worksheet(name).Elements<PageSetup>().Single().Orientation!.Value;

    private async Task<XlsxFile> DownloadAsync() =>
        await XlsxFile.DownloadAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), await factory.OnCurrentPeriodAsync("/Dashboard/Export"));
}
