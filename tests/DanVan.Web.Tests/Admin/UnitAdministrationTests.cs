using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators create, rename, move and dissolve administrative units; what users see follows the tree.</summary>
public sealed class UnitAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Creating_a_ward_under_a_district_lists_it_under_that_district()
    {
        var admin = await AdminAsync();
        var hoanKiem = await factory.UnitIdAsync("HN-HK");
        var form = await GetOkAsync(admin, "/Admin/Units/Create");
        Assert.Equal("2026-11-26", form.InputValue("Input.ValidFrom"));

        var created = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.Level"] = nameof(UnitLevel.Ward),
            ["Input.ParentId"] = Id(hoanKiem),
            ["Input.Code"] = "HN-HK-LTT",
            ["Input.Name"] = "Phường Lý Thái Tổ",
        });

        Assert.Equal("/Admin/Units", created.Headers.Location?.OriginalString);
        var index = await FollowAsync(admin, created);
        Assert.Contains("Phường Lý Thái Tổ", index.StatusMessage(), StringComparison.Ordinal);
        var unit = await factory.QueryAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "HN-HK-LTT"));
        Assert.Equal(UnitLevel.Ward, unit.Level);
        Assert.Equal(hoanKiem, unit.ParentId);
        Assert.Equal(new DateOnly(2026, 11, 26), unit.ValidFrom);
        Assert.Null(unit.ValidTo);

        var row = index.Document.QuerySelector($"[data-testid=unit-list] tr[data-unit='{unit.Id}']");
        Assert.NotNull(row);
        Assert.Contains("Phường Lý Thái Tổ", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quận Hoàn Kiếm", row.TextContent, StringComparison.Ordinal);
        var filtered = await GetOkAsync(admin, "/Admin/Units?q=HN-HK-LTT");
        Assert.Equal(new[] { Id(unit.Id) }, filtered.Document.QuerySelectorAll("tr[data-unit]").Select(r => r.GetAttribute("data-unit")!));

        var audit = await factory.SingleAuditAsync("unit.create", "HN-HK-LTT");
        Assert.Null(audit.Before);
        Assert.Equal("Phường Lý Thái Tổ", Property(audit.After, "Name").GetString());
        Assert.Equal("HN-HK", Property(audit.After, "ParentCode").GetString());
        Assert.Equal(nameof(UnitLevel.Ward), Property(audit.After, "Level").GetString());
    }

    [Fact]
    public async Task Creating_a_unit_with_a_code_in_use_shows_the_error_next_to_the_code()
    {
        var admin = await AdminAsync();
        var before = await factory.QueryAsync(db => db.Units.CountAsync());
        var form = await GetOkAsync(admin, "/Admin/Units/Create");

        var response = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.Level"] = nameof(UnitLevel.Ward),
            ["Input.ParentId"] = Id(await factory.UnitIdAsync("HN-BD")),
            ["Input.Code"] = "HN-HK-HB",
            ["Input.Name"] = "Phường Trùng Mã",
        });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Mã này đã được một đơn vị hành chính khác sử dụng.", page.FieldError("Input.Code"));
        Assert.Equal("Phường Trùng Mã", page.InputValue("Input.Name"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Units.CountAsync()));
        Assert.Empty(await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "unit.create" && a.EntityId == "HN-HK-HB").ToListAsync()));
    }

    [Fact]
    public async Task Renaming_a_unit_shows_the_new_name_to_city_users()
    {
        var admin = await AdminAsync();
        var unitId = await factory.UnitIdAsync("HN-CG-QH");
        var edit = await GetOkAsync(admin, $"/Admin/Units/Edit/{unitId}");

        var saved = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Name"] = "Phường Yên Hòa" });

        var index = await FollowAsync(admin, saved);
        Assert.Contains("Phường Yên Hòa", index.StatusMessage(), StringComparison.Ordinal);
        Assert.Equal("Phường Yên Hòa", await factory.QueryAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync()));
        Assert.Equal(await factory.UnitIdAsync("HN-CG"), await factory.QueryAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.ParentId).SingleAsync()));

        var area = await AreaAsync(await factory.ClientAsync(DemoAccounts.CityReviewer));
        Assert.Equal("Phường Yên Hòa", area.Units[unitId]);
        Assert.DoesNotContain("Phường Quan Hoa", area.Units.Values);

        var audit = await factory.SingleAuditAsync("unit.update", "HN-CG-QH");
        Assert.Equal("Phường Quan Hoa", Property(audit.Before, "Name").GetString());
        Assert.Equal("Phường Yên Hòa", Property(audit.After, "Name").GetString());
    }

    [Fact]
    public async Task Moving_a_ward_to_another_district_moves_it_into_that_district_reviewers_scope()
    {
        var admin = await AdminAsync();
        var ward = await factory.UnitIdAsync("HN-HK-HT");
        var wardAgencies = new SortedSet<int>(await factory.QueryAsync(db => db.Agencies.Where(a => a.UnitId == ward).Select(a => a.Id).ToListAsync()));
        Assert.NotEmpty(wardAgencies);
        var hoanKiem = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var baDinh = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        Assert.Contains(ward, (await AreaAsync(hoanKiem)).Units.Keys);
        Assert.DoesNotContain(ward, (await AreaAsync(baDinh)).Units.Keys);

        var edit = await GetOkAsync(admin, $"/Admin/Units/Edit/{ward}");
        var saved = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.ParentId"] = Id(await factory.UnitIdAsync("HN-BD")) });
        await FollowAsync(admin, saved);

        var nowBaDinh = await AreaAsync(baDinh);
        Assert.Equal("Phường Hàng Trống", nowBaDinh.Units[ward]);
        Assert.Superset(wardAgencies, nowBaDinh.Agencies);
        var nowHoanKiem = await AreaAsync(hoanKiem);
        Assert.DoesNotContain(ward, nowHoanKiem.Units.Keys);
        Assert.Empty(nowHoanKiem.Agencies.Intersect(wardAgencies));
        Assert.Contains(await factory.UnitIdAsync("HN-HK-HB"), nowHoanKiem.Units.Keys);

        var audit = await factory.SingleAuditAsync("unit.update", "HN-HK-HT");
        Assert.Equal("HN-HK", Property(audit.Before, "ParentCode").GetString());
        Assert.Equal("HN-BD", Property(audit.After, "ParentCode").GetString());
    }

    [Fact]
    public async Task Dissolving_a_unit_needs_the_confirmation_box()
    {
        var admin = await AdminAsync();
        var unitId = await factory.UnitIdAsync("HN-CG-ND");
        var edit = await GetOkAsync(admin, $"/Admin/Units/Edit/{unitId}");

        var response = await edit.SubmitAsync(admin, "main form[action*='handler=Dissolve']", new Dictionary<string, string> { ["dissolveOn"] = "2026-12-31" });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), page.MessageById("confirm-dissolve-error"));
        Assert.Null(await ValidToAsync(unitId));
        Assert.Empty(await factory.AuditAsync("unit.dissolve", "HN-CG-ND"));
    }

    [Fact]
    public async Task Dissolving_a_unit_on_a_date_shows_it_as_dissolved()
    {
        var admin = await AdminAsync();
        var unitId = await factory.UnitIdAsync("HN-BD-DB");
        var edit = await GetOkAsync(admin, $"/Admin/Units/Edit/{unitId}");
        Assert.Equal("2026-11-26", edit.Document.GetElementById("dissolve-on")?.GetAttribute("value"));

        var response = await edit.SubmitAsync(admin, "main form[action*='handler=Dissolve']", new Dictionary<string, string>
        {
            ["dissolveOn"] = "2026-12-31",
            ["confirm"] = "true",
        });

        var index = await FollowAsync(admin, response);
        Assert.Contains("Phường Điện Biên", index.StatusMessage(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 31), await ValidToAsync(unitId));
        var row = index.Document.QuerySelector($"tr[data-unit='{unitId}']");
        Assert.NotNull(row);
        Assert.Contains("text-muted", row.ClassList);
        Assert.Contains("31/12/2026", row.TextContent, StringComparison.Ordinal);
        var page = await GetOkAsync(admin, $"/Admin/Units/Edit/{unitId}");
        Assert.Contains("Đơn vị đã giải thể từ ngày 31/12/2026", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form[action*='handler=Dissolve']"));

        var audit = await factory.SingleAuditAsync("unit.dissolve", "HN-BD-DB");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, Property(audit.Before, "ValidTo").ValueKind);
        Assert.Equal("2026-12-31", Property(audit.After, "ValidTo").GetString());
    }

    [Theory]
    [InlineData("2001-01-01")]
    [InlineData("2008-08-01")]
    public async Task Dissolving_a_unit_before_it_started_is_refused_with_a_message(string day)
    {
        var admin = await AdminAsync();
        var unitId = await factory.UnitIdAsync("HN-CG-DV");
        var edit = await GetOkAsync(admin, $"/Admin/Units/Edit/{unitId}");

        var response = await edit.SubmitAsync(admin, "main form[action*='handler=Dissolve']", new Dictionary<string, string>
        {
            ["dissolveOn"] = day,
            ["confirm"] = "true",
        });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Ngày giải thể phải sau ngày đơn vị bắt đầu có hiệu lực.", page.MessageById("dissolve-on-error"));
        Assert.Null(await ValidToAsync(unitId));
        Assert.Empty(await factory.AuditAsync("unit.dissolve", "HN-CG-DV"));
    }

    [Fact]
    public async Task Editing_an_unknown_unit_is_not_found()
    {
        var admin = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Units/Edit/987654")).StatusCode);
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private Task<DateOnly?> ValidToAsync(int unitId) =>
        factory.QueryAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.ValidTo).SingleAsync());
}
