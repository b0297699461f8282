using System.Text;
using DanVan.Domain.Importing;
using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

public class ImportValidatorTests
{
    private static readonly ImportReference Portal = new(
        Emails: new HashSet<string> { "DA.CO@DANVAN.LOCAL" },
        ActiveAgencies: new HashSet<string> { "HN-HK-HB-UBND" },
        AgencyCodes: new HashSet<string> { "HN-HK-HB-UBND", "HN-OLD-UBND" },
        CurrentUnits: new Dictionary<string, UnitLevel> { ["HN"] = UnitLevel.City, ["HN-HK"] = UnitLevel.District, ["HN-HK-HB"] = UnitLevel.Ward },
        UnitCodes: new HashSet<string> { "HN", "HN-HK", "HN-HK-HB", "HN-GONE" },
        Roles: ["Administrator", "AgencyStaff", "Viewer"]);

    private static ImportSheet Sheet(string[] headers, params string?[][] rows) =>
        new(headers, rows.Select((cells, i) => new ImportSheetRow(i + 2, cells)).ToList());

    private static readonly string[] UserHeaders = ["email", "full_name", "role", "agency_code"];

    [Fact]
    public void A_clean_user_file_is_read_into_records_in_NFC()
    {
        var nfd = "Nguyễn Văn An".Normalize(NormalizationForm.FormD);

        var check = ImportValidator.Check(ImportKind.Users, Sheet(UserHeaders, [" an@danvan.local ", nfd, "agencystaff", "hn-hk-hb-ubnd"]), Portal);

        Assert.True(check.IsClean);
        var user = Assert.Single(check.Users);
        Assert.Equal(new UserRow(2, "an@danvan.local", "Nguyễn Văn An".Normalize(NormalizationForm.FormC), "AgencyStaff", "hn-hk-hb-ubnd"), user);
        Assert.True(user.FullName.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Every_user_problem_is_named_with_its_row_and_column()
    {
        var check = ImportValidator.Check(ImportKind.Users, Sheet(
            UserHeaders,
            ["an@danvan.local", "An", "Viewer", "HN-HK-HB-UBND"],
            ["AN@danvan.local", "An hai", "Viewer", "HN-HK-HB-UBND"],
            ["da.co@danvan.local", "Đã có", "Viewer", "HN-HK-HB-UBND"],
            ["moi@danvan.local", "Mới", "Boss", "HN-HK-HB-UBND"],
            ["moi2@danvan.local", "Mới hai", "Viewer", "HN-NOWHERE"],
            ["khong-phai-thu", "", "Viewer", "HN-OLD-UBND"]), Portal);

        Assert.Equal(
            [
                (3, ImportColumns.Email, ImportProblems.DuplicateInFile),
                (4, ImportColumns.Email, ImportProblems.EmailExists),
                (5, ImportColumns.Role, ImportProblems.BadRole),
                (6, ImportColumns.AgencyCode, ImportProblems.UnknownAgency),
                (7, ImportColumns.FullName, ImportProblems.Required),
                (7, ImportColumns.Email, ImportProblems.BadEmail),
                (7, ImportColumns.AgencyCode, ImportProblems.UnknownAgency),
            ],
            check.Problems.Select(p => (p.Row, p.Column, p.Code)));
        Assert.Single(check.Users);
    }

    [Fact]
    public void Headers_match_in_Vietnamese_without_regard_to_case_or_diacritics_and_unknown_or_missing_ones_are_reported()
    {
        var vietnamese = ImportColumns.Match(ImportKind.Users, ["Thư điện tử", "HỌ VÀ TÊN", "vai tro", "Mã cơ quan"]);
        var wrong = ImportColumns.Match(ImportKind.Users, ["email", "email", "ghi chú"]);

        Assert.Empty(vietnamese.Problems);
        Assert.Equal(["email", "full_name", "role", "agency_code"], vietnamese.Columns);
        Assert.Equal(
            [ImportProblems.RepeatedColumn, ImportProblems.UnknownColumn, ImportProblems.MissingColumn, ImportProblems.MissingColumn, ImportProblems.MissingColumn],
            wrong.Problems.Select(p => p.Code));
        Assert.All(wrong.Problems, p => Assert.Equal(1, p.Row));
    }

    [Fact]
    public void Units_need_a_parent_in_the_tree_or_an_earlier_row_at_a_higher_level_a_new_code_and_a_date()
    {
        var check = ImportValidator.Check(ImportKind.Units, Sheet(
            ["code", "name", "level", "parent_code", "effective_date"],
            ["HN-X", "Quận X", "District", "HN", "01/07/2025"],
            ["HN-X-1", "Phường X1", "phường", "HN-X", "2025-07-01"],
            ["HN-HK", "Hoàn Kiếm", "District", "HN", "01/07/2025"],
            ["HN-GONE", "Đã giải thể", "Ward", "HN-HK", "01/07/2025"],
            ["HN-Y-1", "Phường Y1", "Ward", "HN-Y", "01/07/2025"],
            ["HN-Z", "Z", "Ward", "HN-HK-HB", "31/02/2025"],
            ["HN-X", "Lặp", "Region", "HN", "01/07/2025"]), Portal);

        Assert.Equal(
            [
                (4, ImportProblems.UnitExists), (5, ImportProblems.UnitExists), (6, ImportProblems.ParentNotInTree),
                (7, ImportProblems.BadDate), (7, ImportProblems.ParentLevel), (8, ImportProblems.BadLevel), (8, ImportProblems.DuplicateInFile),
            ],
            check.Problems.Select(p => (p.Row, p.Code)));
        Assert.Equal([("HN-X", UnitLevel.District, new DateOnly(2025, 7, 1)), ("HN-X-1", UnitLevel.Ward, new DateOnly(2025, 7, 1))], check.Units.Select(u => (u.Code, u.Level, u.ValidFrom)));
    }

    [Fact]
    public void Agencies_need_a_new_code_a_known_kind_and_a_current_unit()
    {
        var check = ImportValidator.Check(ImportKind.Agencies, Sheet(
            ["code", "name", "kind", "unit_code", "head_name"],
            ["HN-HK-HB-HPN", "Hội Phụ nữ phường Hàng Bạc", "SocioPoliticalOrganization", "HN-HK-HB", ""],
            ["HN-OLD-UBND", "Cũ", "PeoplesCommittee", "HN-HK", null],
            ["HN-GONE-UBND", "Không còn", "PeoplesCommittee", "HN-GONE", null],
            ["HN-HK-X", "Lạ", "Club", "HN-HK", null]), Portal);

        Assert.Equal([(3, ImportProblems.AgencyExists), (4, ImportProblems.UnitNotInTree), (5, ImportProblems.BadKind)], check.Problems.Select(p => (p.Row, p.Code)));
        var agency = Assert.Single(check.Agencies);
        Assert.Equal((AgencyKind.SocioPoliticalOrganization, (string?)null), (agency.Kind, agency.HeadName));
    }

    [Fact]
    public void A_file_without_data_rows_says_so_and_blank_rows_are_skipped()
    {
        var empty = ImportValidator.Check(ImportKind.Users, Sheet(UserHeaders, ["", " ", null, ""]), Portal);

        Assert.Equal(ImportProblems.NoRows, Assert.Single(empty.Problems).Code);
    }

    [Fact]
    public void The_batch_is_imported_once_and_its_passwords_taken_once()
    {
        var now = new DateTime(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);
        var batch = ImportBatch.Stage(ImportKind.Users, "C:\\tmp\\users.csv", new string('a', 64), "[]", 1, "admin", now);

        Assert.Equal("users.csv", batch.FileName);
        batch.MarkImported(now.AddMinutes(5), 1, "secret");
        Assert.Equal("import.alreadyImported", Assert.Throws<DomainException>(() => batch.MarkImported(now.AddMinutes(6), 1, null)).Code);
        Assert.Equal("secret", batch.TakePasswords(now.AddMinutes(7)));
        Assert.Equal("import.passwordsTaken", Assert.Throws<DomainException>(() => batch.TakePasswords(now.AddMinutes(8))).Code);
        Assert.Empty(batch.Content);
    }

    [Fact]
    public void An_upload_older_than_a_day_can_no_longer_be_imported()
    {
        var now = new DateTime(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);
        var batch = ImportBatch.Stage(ImportKind.Units, "units.xlsx", new string('a', 64), "[]", 1, "admin", now);

        Assert.Equal("import.expired", Assert.Throws<DomainException>(() => batch.MarkImported(now.AddHours(25), 1, null)).Code);
    }
}
