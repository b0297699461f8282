using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators create agencies, rename them, change their head, move them between units and deactivate them.</summary>
public sealed class AgencyAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Creating_an_agency_in_a_ward_shows_it_to_that_ward_head()
    {
        const string code = "HN-HK-HB-HCCB";
        const string name = "Hội Cựu chiến binh phường Hàng Bạc";
        var admin = await AdminAsync();
        var hangBac = await factory.UnitIdAsync("HN-HK-HB");
        var form = await GetOkAsync(admin, "/Admin/Agencies/Create");

        var created = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(AgencyKind.SocioPoliticalOrganization),
            ["Input.UnitId"] = Id(hangBac),
            ["Input.HeadName"] = "Phạm Văn Đức",
        });

        Assert.Equal("/Admin/Agencies", created.Headers.Location?.OriginalString);
        var index = await FollowAsync(admin, created);
        Assert.Contains(name, index.StatusMessage(), StringComparison.Ordinal);
        var agency = await factory.QueryAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Code == code));
        Assert.Equal(name, agency.Name);
        Assert.Equal(AgencyKind.SocioPoliticalOrganization, agency.Kind);
        Assert.Equal(hangBac, agency.UnitId);
        Assert.Equal("Phạm Văn Đức", agency.HeadName);
        Assert.True(agency.IsActive);

        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var listed = await GetOkAsync(head, "/Agencies");
        var item = listed.Document.QuerySelector($"[data-agency='{agency.Id}']");
        Assert.NotNull(item);
        Assert.Contains(name, item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Phạm Văn Đức", item.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(agency.Id, (await AreaAsync(await factory.ClientAsync(DemoAccounts.BaDinhReviewer))).Agencies);

        var audit = await factory.SingleAuditAsync("agency.create", code);
        Assert.Null(audit.Before);
        Assert.Equal(name, Property(audit.After, "Name").GetString());
        Assert.Equal("HN-HK-HB", Property(audit.After, "UnitCode").GetString());
        Assert.Equal("Phạm Văn Đức", Property(audit.After, "HeadName").GetString());
    }

    [Fact]
    public async Task Creating_an_agency_with_a_code_in_use_shows_the_error_next_to_the_code()
    {
        var admin = await AdminAsync();
        var before = await factory.QueryAsync(db => db.Agencies.CountAsync());
        var form = await GetOkAsync(admin, "/Admin/Agencies/Create");

        var response = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.Code"] = "HN-HK-HB-UBND",
            ["Input.Name"] = "Ủy ban nhân dân phường Hàng Bạc (trùng)",
            ["Input.Kind"] = nameof(AgencyKind.PeoplesCommittee),
            ["Input.UnitId"] = Id(await factory.UnitIdAsync("HN-HK-HB")),
        });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Mã này đã được một cơ quan, đơn vị khác sử dụng.", page.FieldError("Input.Code"));
        Assert.Equal("Ủy ban nhân dân phường Hàng Bạc (trùng)", page.InputValue("Input.Name"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Agencies.CountAsync()));
        Assert.Empty(await factory.AuditAsync("agency.create", "HN-HK-HB-UBND"));
    }

    [Fact]
    public async Task Renaming_an_agency_is_saved_and_audited()
    {
        const string code = "HN-CG-DV-DTN";
        var (agencyId, page) = await EditPageAsync(code);
        var oldName = await factory.QueryAsync(db => db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync());

        await SaveAsync(page, new() { ["Input.Name"] = "Đoàn Thanh niên phường Dịch Vọng" });

        Assert.Equal("Đoàn Thanh niên phường Dịch Vọng", (await AgencyAsync(agencyId)).Name);
        var audit = await factory.SingleAuditAsync("agency.update", code);
        Assert.Equal(oldName, Property(audit.Before, "Name").GetString());
        Assert.Equal("Đoàn Thanh niên phường Dịch Vọng", Property(audit.After, "Name").GetString());
        var area = await AreaAsync(await factory.ClientAsync(DemoAccounts.CityReviewer));
        Assert.Contains(agencyId, area.Agencies);
    }

    [Fact]
    public async Task Changing_the_head_of_an_agency_is_saved_and_audited()
    {
        const string code = "HN-CG-ND-MTTQ";
        var (agencyId, page) = await EditPageAsync(code);
        var oldHead = HierarchySeed.HeadNameFor(code);

        await SaveAsync(page, new() { ["Input.HeadName"] = "Trịnh Thị Thu Hằng" });

        Assert.Equal("Trịnh Thị Thu Hằng", (await AgencyAsync(agencyId)).HeadName);
        var audit = await factory.SingleAuditAsync("agency.update", code);
        Assert.Equal(oldHead, Property(audit.Before, "HeadName").GetString());
        Assert.Equal("Trịnh Thị Thu Hằng", Property(audit.After, "HeadName").GetString());
    }

    [Fact]
    public async Task Moving_an_agency_to_another_unit_moves_it_into_that_unit_scope()
    {
        const string code = "HN-CG-QH-HLHPN";
        var (agencyId, page) = await EditPageAsync(code);
        var hangBacHead = await factory.ClientAsync(DemoAccounts.HangBacHead);
        Assert.DoesNotContain(agencyId, (await AreaAsync(hangBacHead)).Agencies);

        await SaveAsync(page, new() { ["Input.UnitId"] = Id(await factory.UnitIdAsync("HN-HK-HB")) });

        Assert.Equal(await factory.UnitIdAsync("HN-HK-HB"), (await AgencyAsync(agencyId)).UnitId);
        Assert.Contains(agencyId, (await AreaAsync(hangBacHead)).Agencies);
        var audit = await factory.SingleAuditAsync("agency.update", code);
        Assert.Equal("HN-CG-QH", Property(audit.Before, "UnitCode").GetString());
        Assert.Equal("HN-HK-HB", Property(audit.After, "UnitCode").GetString());
    }

    [Fact]
    public async Task Deactivating_an_agency_marks_it_inactive_and_takes_it_out_of_the_account_choices()
    {
        const string code = "HN-BD-TB-DTN";
        var (agencyId, page) = await EditPageAsync(code);
        Assert.NotNull(page.Document.QuerySelector("input[type=checkbox][name='Input.IsActive'][checked]"));

        await SaveAsync(page, new() { ["Input.IsActive"] = "false" });

        Assert.False((await AgencyAsync(agencyId)).IsActive);
        var listed = await GetOkAsync(await AdminAsync(), $"/Admin/Agencies?q={code}");
        var row = listed.Document.QuerySelector($"tr[data-agency='{agencyId}']");
        Assert.NotNull(row);
        Assert.Contains(Vi("Inactive"), row.TextContent, StringComparison.Ordinal);
        Assert.Contains("text-muted", row.ClassList);
        var userForm = await GetOkAsync(await AdminAsync(), "/Admin/Users/Create");
        Assert.Null(userForm.Document.QuerySelector($"select[name='Input.AgencyId'] option[value='{agencyId}']"));

        var audit = await factory.SingleAuditAsync("agency.update", code);
        Assert.True(Property(audit.Before, "IsActive").GetBoolean());
        Assert.False(Property(audit.After, "IsActive").GetBoolean());
    }

    [Fact]
    public async Task Editing_an_unknown_agency_is_not_found()
    {
        var admin = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Agencies/Edit/987654")).StatusCode);
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private async Task<(int Id, HtmlPage Page)> EditPageAsync(string code)
    {
        var id = await factory.AgencyIdAsync(code);
        return (id, await GetOkAsync(await AdminAsync(), $"/Admin/Agencies/Edit/{id}"));
    }

    private async Task<HtmlPage> SaveAsync(HtmlPage edit, Dictionary<string, string> changes)
    {
        var admin = await AdminAsync();
        var response = await edit.SubmitAsync(admin, MainForm, changes);
        Assert.Equal("/Admin/Agencies", response.Headers.Location?.OriginalString);
        var index = await FollowAsync(admin, response);
        Assert.NotEqual(Vi("Nothing was changed."), index.StatusMessage());
        return index;
    }

    private Task<Agency> AgencyAsync(int id) => factory.QueryAsync(db => db.Agencies.AsNoTracking().SingleAsync(a => a.Id == id));
}
