using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Importing;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Exports;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;
using static DanVan.Web.Tests.Import.ImportSteps;

namespace DanVan.Web.Tests.Import;

/// <summary>Administrators import units and agencies from .xlsx or .csv; templates download; non-administrators are refused.</summary>
public sealed class StructureImportTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private static readonly string[] UnitHeader = [ImportColumns.Code, ImportColumns.Name, ImportColumns.Level, ImportColumns.ParentCode, ImportColumns.EffectiveDate];

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    [Fact]
    public async Task Units_import_from_an_xlsx_under_the_tree_and_under_earlier_rows_and_are_audited()
    {
        var admin = await AdminAsync();
        var file = Xlsx([UnitHeader, ["HN-HK-MOI", "Phường Mới", "Ward", "HN-HK", "01/01/2027"], ["HN-TEST", "Quận Thử", "District", "HN", "2027-01-01"], ["HN-TEST-1", "Phường Thử Một", "phường", "HN-TEST", "01/01/2027"]]);

        var preview = await PreviewAsync(admin, ImportKind.Units, "don-vi.xlsx", file);
        Assert.Empty(Problems(preview));
        Assert.Equal(3, preview.Document.QuerySelectorAll("[data-testid=rows] tbody tr").Length);
        var result = await FollowAsync(admin, await ConfirmAsync(admin, preview));

        Assert.Contains("3", result.Document.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);
        var units = await factory.QueryAsync(db => db.Units.AsNoTracking().Where(u => u.Code.StartsWith("HN-TEST") || u.Code == "HN-HK-MOI").ToDictionaryAsync(u => u.Code, u => (u.Path, u.Level, u.ValidFrom)));
        Assert.Equal(("/HN/HN-TEST/HN-TEST-1/", UnitLevel.Ward, new DateOnly(2027, 1, 1)), units["HN-TEST-1"]);
        Assert.Equal("/HN/HN-HK/HN-HK-MOI/", units["HN-HK-MOI"].Path);
        var audit = await factory.AllAuditAsync();
        Assert.Equal(3, audit.Count(a => a.Action == "unit.create" && a.After!.Contains("\"import\"", StringComparison.Ordinal)));
        Assert.Single(audit, a => a.Action == "import.run" && a.EntityId == BatchId(preview).ToString());
    }

    [Fact]
    public async Task A_unit_not_in_the_tree_and_an_existing_unit_are_each_reported()
    {
        var admin = await AdminAsync();
        var file = Csv([UnitHeader, ["HN-HK-HB", "Hàng Bạc", "Ward", "HN-HK", "01/01/2027"], ["HN-MO-1", "Phường Mồ Côi", "Ward", "HN-KHONG-CO", "01/01/2027"], ["HN-SAI", "Sai Cấp", "District", "HN-HK", "01/01/2027"], ["HN-NGAY", "Sai Ngày", "Ward", "HN-HK", "30/02/2027"]]);

        var preview = await PreviewAsync(admin, ImportKind.Units, "don-vi-loi.csv", file);

        Assert.Equal([(2, ImportProblems.UnitExists), (3, ImportProblems.ParentNotInTree), (4, ImportProblems.ParentLevel), (5, ImportProblems.BadDate)], Problems(preview));
        Assert.False(await factory.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "HN-MO-1" || u.Code == "HN-NGAY")));
    }

    [Fact]
    public async Task Agencies_import_from_a_csv_into_current_units_and_an_agency_code_in_use_is_reported()
    {
        var admin = await AdminAsync();
        string[] header = [ImportColumns.Code, ImportColumns.Name, ImportColumns.Kind, ImportColumns.UnitCode, ImportColumns.HeadName];
        var bad = await PreviewAsync(admin, ImportKind.Agencies, "co-quan.csv", Csv([header, ["HN-HK-HB-UBND", "Trùng", "PeoplesCommittee", "HN-HK-HB", ""], ["HN-HK-HB-NHAP", "Chi hội Nhập thử phường Hàng Bạc", "SocioPoliticalOrganization", "HN-HK-HB", "Lê Văn Bình"]]));
        Assert.Equal([(2, ImportProblems.AgencyExists)], Problems(bad));

        var good = await PreviewAsync(admin, ImportKind.Agencies, "co-quan.csv", Csv([header, ["HN-HK-HB-NHAP", "Chi hội Nhập thử phường Hàng Bạc", "SocioPoliticalOrganization", "HN-HK-HB", "Lê Văn Bình"]]));
        await FollowAsync(admin, await ConfirmAsync(admin, good));

        var agency = await factory.QueryAsync(db => db.Agencies.AsNoTracking().Include(a => a.Unit).SingleAsync(a => a.Code == "HN-HK-HB-NHAP"));
        Assert.Equal(("HN-HK-HB", AgencyKind.SocioPoliticalOrganization, "Lê Văn Bình", true), (agency.Unit!.Code, agency.Kind, agency.HeadName, agency.IsActive));
        Assert.Single(await factory.AuditAsync("agency.create", "HN-HK-HB-NHAP"));
    }

    [Theory]
    [InlineData(ImportKind.Users, "xlsx")]
    [InlineData(ImportKind.Units, "csv")]
    [InlineData(ImportKind.Agencies, "xlsx")]
    public async Task Each_template_has_the_documented_columns_and_reads_back_as_a_file_without_rows(ImportKind kind, string format)
    {
        var admin = await AdminAsync();
        var response = await admin.GetAsync($"/Admin/Import?handler=Template&kind={kind}&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var page = await HtmlPage.GetAsync(admin, "/Admin/Import");
        var documented = page.Document.QuerySelectorAll($"[data-testid=columns-{kind.ToString().ToLowerInvariant()}] tbody th code").Select(c => c.TextContent).ToList();

        if (format == "xlsx")
        {
            using var workbook = new XlsxFile(bytes);
            Assert.Equal(documented, workbook.Headers(workbook.SheetNames[0]));
        }
        else
        {
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.Equal(string.Join(',', documented), System.Text.Encoding.UTF8.GetString(bytes[3..]).TrimEnd());
        }

        var preview = await PreviewAsync(admin, kind, $"mau.{format}", bytes);
        Assert.Equal([(1, ImportProblems.NoRows)], Problems(preview));
    }

    [Fact]
    public async Task A_file_that_is_not_xlsx_or_csv_or_not_UTF_8_is_refused_next_to_the_file_field()
    {
        var admin = await AdminAsync();

        var pdf = await HtmlPage.ParseAsync(await UploadAsync(admin, ImportKind.Users, "danh-sach.pdf", "%PDF-1.4"u8.ToArray()));
        var latin = await HtmlPage.ParseAsync(await UploadAsync(admin, ImportKind.Users, "danh-sach.csv", [.. "email,full_name\r\nx@y.vn,Nguy"u8, 0xEA, .. "n\r\n"u8]));
        var broken = await HtmlPage.ParseAsync(await UploadAsync(admin, ImportKind.Users, "hong.xlsx", "not a zip"u8.ToArray()));

        Assert.Equal(Vi("import.fileType"), pdf.FieldError("File"));
        Assert.Equal(Vi("import.notUtf8"), latin.FieldError("File"));
        Assert.Equal(Vi("import.unreadable"), broken.FieldError("File"));
    }

    [Theory]
    [InlineData(DemoAccounts.CityReviewer)]
    [InlineData(DemoAccounts.HangBacHead)]
    [InlineData(DemoAccounts.CityViewer)]
    public async Task Non_administrators_get_403_on_every_import_page_and_handler(string account)
    {
        var admin = await AdminAsync();
        var preview = await PreviewAsync(admin, ImportKind.Users, "cam.csv", Csv([UserHeader, ["cam@import.local", "Cấm", Staff, "HN-HK-HB-UBND"]]));
        var id = BatchId(preview);
        var client = await factory.ClientAsync(account);
        var token = (await HtmlPage.GetAsync(client, "/Account/ChangePassword")).AntiforgeryToken();
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["confirm"] = "true" };

        foreach (var url in new[] { "/Admin/Import", "/Admin/Import?handler=Template&kind=Users&format=csv", $"/Admin/Import/Preview/{id}", $"/Admin/Import/Result/{id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        foreach (var url in new[] { "/Admin/Import", $"/Admin/Import/Preview/{id}", $"/Admin/Import/Result/{id}?handler=Passwords" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode);
        }

        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "cam@import.local")));
    }
}
