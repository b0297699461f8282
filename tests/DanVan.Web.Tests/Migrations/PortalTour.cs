using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Importing;
using DanVan.Web.Tests.Api;
using DanVan.Web.Tests.Authorization;
using DanVan.Web.Tests.Import;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Infrastructure.Shadow;
using DanVan.Web.Tests.Reporting.Editing;
using DanVan.Web.Tests.Reporting.Review;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// Everything the portal does, driven through HTTP as its users and API clients drive it: every page of the endpoint
/// matrix opened as every account and walked from there (<see cref="PortalWalk"/>), a report's whole workflow, an import,
/// the API, every POST of the matrix with an empty form, and last the reminder and e-mail jobs (which move the clock on).
/// </summary>
internal sealed class PortalTour(SqlServerShadowFactory factory)
{
    private readonly PortalWalk _walk = new();

    public int Requests => _walk.Requests;

    public List<string> ServerErrors => _walk.ServerErrors;

    public async Task RunAsync()
    {
        var pages = new List<string>();
        foreach (var rule in EndpointMatrix.Rules.Where(r => r.Endpoint.Method == "GET" && !r.Url.StartsWith("/api/", StringComparison.Ordinal)))
        {
            pages.Add(await MatrixUrls.ResolveAsync(factory, rule.Url));
        }

        await _walk.WalkAsync(factory.CreateBrowserLikeClient(), EndpointMatrixTests.Anonymous, pages);
        foreach (var account in EndpointMatrix.Accounts)
        {
            await _walk.WalkAsync(await factory.ClientAsync(account), account, pages);
        }

        await WorkflowAsync();
        await ImportAsync();
        await ApiAsync();
        await EmptyPostsAsync();
        await JobsAsync();
    }

    /// <summary>Hàng Bạc drafts, saves and submits; Hoàn Kiếm returns it; it is resubmitted and accepted; the queues are bulk-accepted; the administrator reopens it.</summary>
    private async Task WorkflowAsync()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var reviewer = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var form = await ReportEditor.OpenAsync(head, periodId);
        Expect(await ReportEditor.PostAsync(head, form, "Save", Fill), "save");
        Expect(await ReportEditor.PostAsync(head, await ReportEditor.OpenAsync(head, periodId), "Submit"), "submit");
        var reportId = (await factory.HangBacReportAsync(periodId))!.Id;
        var review = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{reportId}");
        Expect(await review.PostFormAsync(reviewer, "form[action*='handler=Return']", new Dictionary<string, string> { ["Input.Comment"] = "Cần số liệu cụ thể hơn." }), "return");
        Expect(await ReportEditor.PostAsync(head, await ReportEditor.OpenAsync(head, periodId), "Submit", Fill), "resubmit");
        review = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{reportId}");
        Expect(await review.PostFormAsync(reviewer, "form[action*='handler=Accept']", new Dictionary<string, string>()), "accept");
        foreach (var account in new[] { DemoAccounts.HoanKiemReviewer, DemoAccounts.CityReviewer, DemoAccounts.BaDinhReviewer })
        {
            var client = await factory.ClientAsync(account);
            var queue = await HtmlPage.GetAsync(client, "/Review");
            if (ReviewData.QueueIds(queue) is { Count: > 0 } ids)
            {
                Expect(await ReviewData.PostAcceptSelectedAsync(client, queue, ids.Take(3)), "bulk accept");
            }
        }

        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var reopen = await HtmlPage.GetAsync(admin, $"/Admin/Reports/Reopen/{reportId}");
        Expect(await reopen.PostFormAsync(admin, "[data-testid=reopen-form]", new Dictionary<string, string> { ["Input.Reason"] = "Bổ sung số liệu.", ["Input.Confirm"] = "true" }), "reopen");
        await _walk.WalkAsync(head, DemoAccounts.HangBacHead, [$"/Reports/Edit/{periodId}", $"/Reports/History/{reportId}?a=1&b=2", $"/Reports/Details/{reportId}"]);
    }

    /// <summary>Users from a .csv: upload, preview, import, result and its passwords.</summary>
    private async Task ImportAsync()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var file = ImportSteps.Csv([ImportSteps.UserHeader, ["tour.staff@danvan.local", "Nguyễn Văn Tour", ImportSteps.Staff, "HN-HK-HB-UBND"]]);
        var preview = await ImportSteps.PreviewAsync(admin, ImportKind.Users, "nguoi-dung.csv", file);
        var imported = await ImportSteps.ConfirmAsync(admin, preview);
        Expect(imported, "import");
        await _walk.WalkAsync(admin, DemoAccounts.Admin, [imported.Headers.Location!.OriginalString]);
    }

    /// <summary>Every /api/v1 endpoint with and without its parameters, as clients of the city and of a district, following the feed's next page.</summary>
    private async Task ApiAsync()
    {
        var directive = await MatrixUrls.ResolveAsync(factory, "{directive}");
        var period = await MatrixUrls.ResolveAsync(factory, "{period}");
        var district = await MatrixUrls.ResolveAsync(factory, "{unit:HN-HK}");
        foreach (var unit in new[] { "HN", "HN-HK" })
        {
            var (_, key) = await ApiClients.CreateAsync(factory, unit);
            using var client = ApiClients.With(factory, key);
            foreach (var url in new[]
            {
                "/api/v1/directives", "/api/v1/directives?limit=1", $"/api/v1/directives/{directive}", "/api/v1/periods", "/api/v1/periods?limit=2",
                "/api/v1/units", "/api/v1/units?asOf=2024-01-01&limit=5", "/api/v1/agencies", $"/api/v1/agencies?unit={district}&limit=5",
                $"/api/v1/periods/{period}/figures", $"/api/v1/periods/{period}/figures?directive={directive}&unit={district}",
                "/api/v1/reports/accepted", $"/api/v1/reports/accepted?since=2026-01-01T00:00:00Z&period={period}&limit=2",
            })
            {
                var json = await client.GetJsonAsync(url);
                if (json.TryGetProperty("next", out var next) && next.GetString() is { Length: > 0 } cursor)
                {
                    await client.GetJsonAsync($"{url.Split('?')[0]}?cursor={Uri.EscapeDataString(cursor)}&limit=2");
                }
            }
        }
    }

    /// <summary>The reminder job before and after Q4/2026's due date, and the e-mail job after each; the clock stays after the due date.</summary>
    private async Task JobsAsync()
    {
        SqlServerShadow.Label = "job: reminders and e-mail";
        foreach (var day in new[] { new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 22) })
        {
            factory.Clock.SetUtcNow(Hanoi.EndOfDayUtc(day).AddHours(-14));
            await factory.RemindAsync();
            await factory.SendAsync();
        }

        SqlServerShadow.Label = null;
    }

    /// <summary>Every POST of the matrix (sign-out aside) with only the antiforgery token, as the first account it lets through.</summary>
    private async Task EmptyPostsAsync()
    {
        foreach (var rule in EndpointMatrix.Rules.Where(r => r.Endpoint.Method == "POST" && !r.SignsOut))
        {
            var account = EndpointMatrix.Accounts.FirstOrDefault(a => rule.Expect(a) is Outcome.Allowed or Outcome.NotForbidden or Outcome.NotFound);
            var client = account is null ? factory.CreateBrowserLikeClient() : await factory.ClientAsync(account);
            var token = (await HtmlPage.GetAsync(client, account is null ? "/Account/Login" : "/Account/ChangePassword")).AntiforgeryToken();
            var url = await MatrixUrls.ResolveAsync(factory, rule.Url);
            using var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            if ((int)response.StatusCode >= 500)
            {
                ServerErrors.Add($"{account ?? "anonymous"}: POST {url} answered {(int)response.StatusCode}");
            }
        }
    }

    private void Expect(HttpResponseMessage response, string step)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            ServerErrors.Add($"{step} answered {(int)response.StatusCode} instead of a redirect");
        }
    }

    private static void Fill(Dictionary<string, string> fields)
    {
        fields["Input.OverallAssessment"] = "Phường triển khai đầy đủ các nhiệm vụ của quý.";
        foreach (var progress in fields.Keys.Where(k => k.EndsWith(".Progress", StringComparison.Ordinal)).ToList())
        {
            var line = progress[..^".Progress".Length];
            (fields[progress], fields[$"{line}.Percent"], fields[$"{line}.Results"]) = ("InProgress", "70", "Đã tổ chức 2 hội nghị đối thoại.");
        }
    }
}
