using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Authorization;

/// <summary>
/// docs/authorization-matrix.md row by row: every page for every role, and agency details inside and outside each
/// account's scope. Placeholders in URLs ({directive}, {task}, {agency:CODE}) are resolved from the database.
/// </summary>
public sealed class PageAccessMatrixTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Admin = DemoAccounts.Admin;

    private static readonly string[] NonAdmins =
    [
        DemoAccounts.CityReviewer, DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.CityViewer,
        DemoAccounts.HoanKiemReviewer, DemoAccounts.HoanKiemHead, DemoAccounts.HoanKiemStaff, DemoAccounts.HoanKiemViewer,
        DemoAccounts.BaDinhReviewer, DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff, DemoAccounts.HangBacViewer,
    ];

    private static readonly string[] EveryonesPages =
        ["/", "/Directives", "/Directives/Details/{directive}", "/Directives/Task/{task}", "/Agencies", "/Account/ChangePassword", "/Reports", "/Notifications"];

    private static readonly string[] Reviewers = [DemoAccounts.CityReviewer, DemoAccounts.HoanKiemReviewer, DemoAccounts.BaDinhReviewer];

    private static readonly string[] DashboardReaders = [Admin, DemoAccounts.CityReviewer, DemoAccounts.CityViewer, DemoAccounts.HoanKiemReviewer, DemoAccounts.HoanKiemViewer, DemoAccounts.BaDinhReviewer, DemoAccounts.HangBacViewer];

    private static readonly string[] Reporters = [DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.HoanKiemHead, DemoAccounts.HoanKiemStaff, DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff];

    /// <summary>Who may read Hàng Bạc People's Committee's Q3/2026 report: its ward, its district and the city.</summary>
    private static string[] HangBacReportReaders => [.. CityAccounts, .. HoanKiemAccounts, .. HangBacAccounts];

    private static readonly string[] ReportPages = ["/Reports/Details/{report:HN-HK-HB-UBND}", "/Reports/History/{report:HN-HK-HB-UBND}", "/Reports/Attachments/{report:HN-HK-HB-UBND}"];

    private static readonly string[] AdminPages =
    [
        "/Admin", "/Admin/Users", "/Admin/Units", "/Admin/Units/DissolveLevel", "/Admin/Units/Merge", "/Admin/Agencies", "/Admin/Periods", "/Admin/Periods/Create", "/Admin/Periods/Edit/{period}",
        "/Admin/Assignments", "/Admin/Assignments?task={task}",
        "/Admin/Directives", "/Admin/Directives/Create", "/Admin/Directives/Edit/{directive}", "/Admin/Directives/AddTask/{directive}", "/Admin/Directives/Task/{task}",
    ];

    private static readonly string[] CityAccounts = [Admin, DemoAccounts.CityReviewer, DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.CityViewer];

    private static readonly string[] HoanKiemAccounts = [DemoAccounts.HoanKiemReviewer, DemoAccounts.HoanKiemHead, DemoAccounts.HoanKiemStaff, DemoAccounts.HoanKiemViewer];

    private static readonly string[] HangBacAccounts = [DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff, DemoAccounts.HangBacViewer];

    public static TheoryData<string, string, int> Rows()
    {
        var rows = new TheoryData<string, string, int>();
        foreach (var account in NonAdmins.Prepend(Admin))
        {
            foreach (var page in EveryonesPages)
            {
                rows.Add(account, page, 200);
            }

            foreach (var page in AdminPages)
            {
                rows.Add(account, page, account == Admin ? 200 : 403);
            }

            rows.Add(account, "/Admin/Periods/Edit/999999", account == Admin ? 404 : 403);
            rows.Add(account, "/Review", Reviewers.Contains(account) ? 200 : 403);
            rows.Add(account, "/Review/Report/{report:HN-HK-HB-UBND}", account == DemoAccounts.HoanKiemReviewer ? 200 : 403);
            rows.Add(account, "/Admin/Reports/Reopen/{report:HN-HK-HB-UBND}", account == Admin ? 200 : 403);
            rows.Add(account, "/Dashboard", DashboardReaders.Contains(account) ? 200 : 403);
            rows.Add(account, "/Dashboard/Report", DashboardReaders.Contains(account) ? 200 : 403);
            rows.Add(account, "/Dashboard/Export", DashboardReaders.Contains(account) ? 200 : 403);
            rows.Add(account, "/Reports/Edit/{period}", Reporters.Contains(account) ? 200 : 403);
            foreach (var page in ReportPages)
            {
                rows.Add(account, page, HangBacReportReaders.Contains(account) ? 200 : 403);
                rows.Add(account, page.Replace("{report:HN-HK-HB-UBND}", "999999", StringComparison.Ordinal), 404);
            }

            rows.Add(account, "/Agencies/Details/999999", 404);
            rows.Add(account, "/Directives/Details/999999", 404);
            rows.Add(account, "/Directives/Task/999999", 404);
        }

        foreach (var account in CityAccounts)
        {
            rows.Add(account, "/Agencies/Details/{agency:HN-SNV}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-UBND}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-HB-UBND}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-BD-PX-UBND}", 200);
        }

        foreach (var account in HoanKiemAccounts)
        {
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-UBND}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-HB-UBND}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-TT-MTTQ}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-BD-PX-UBND}", 403);
            rows.Add(account, "/Agencies/Details/{agency:HN-BD-UBND}", 403);
            rows.Add(account, "/Agencies/Details/{agency:HN-SNV}", 403);
            rows.Add(account, "/Agencies/Details/{agency:HN-TU}", 403);
        }

        rows.Add(DemoAccounts.BaDinhReviewer, "/Agencies/Details/{agency:HN-BD-UBND}", 200);
        rows.Add(DemoAccounts.BaDinhReviewer, "/Agencies/Details/{agency:HN-BD-PX-UBND}", 200);
        rows.Add(DemoAccounts.BaDinhReviewer, "/Agencies/Details/{agency:HN-HK-HB-UBND}", 403);
        rows.Add(DemoAccounts.BaDinhReviewer, "/Agencies/Details/{agency:HN-CG-UBND}", 403);
        rows.Add(DemoAccounts.BaDinhReviewer, "/Agencies/Details/{agency:HN-SNV}", 403);

        foreach (var account in HangBacAccounts)
        {
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-HB-UBND}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-HB-MTTQ}", 200);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-HT-UBND}", 403);
            rows.Add(account, "/Agencies/Details/{agency:HN-HK-UBND}", 403);
            rows.Add(account, "/Agencies/Details/{agency:HN-BD-PX-UBND}", 403);
            rows.Add(account, "/Agencies/Details/{agency:HN-SNV}", 403);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Page_answers_the_account_with_the_status_the_matrix_gives(string account, string page, int expected)
    {
        var client = await factory.ClientAsync(account);
        var url = await ResolveAsync(page);

        var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode == expected, $"{account} GET {url} ({page}): expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    private Task<string> ResolveAsync(string page) => MatrixUrls.ResolveAsync(factory, page);
}
