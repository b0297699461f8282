using DanVan.Data.Seeding;

namespace DanVan.Web.Tests.Authorization;

/// <summary>What an account gets: let through (no 401/403/404, no sign-in redirect, no 5xx), sent to sign in, 403, 404, or refused either way.</summary>
public enum Outcome
{
    Allowed,
    SignIn,
    Forbidden,
    NotFound,
    Refused,

    /// <summary>Let through, though the record asked for may not exist (404): the rows whose target depends on what other rows did.</summary>
    NotForbidden,

    /// <summary>401 with problem details: the API, which only an API key opens (never the sign-in cookie).</summary>
    Unauthorized,
}

/// <summary>One row: an endpoint, a URL to call it with (placeholders as in <see cref="MatrixUrls"/>), and what each account (null: anonymous) gets.</summary>
public sealed record EndpointRule(PortalEndpoint Endpoint, string Url, Func<string?, Outcome> Expect)
{
    /// <summary>Whether calling it ends the session (sign-out): such rows run on fresh sessions of their own portal.</summary>
    public bool SignsOut => Endpoint.Route == "/Account/Logout" && Endpoint.Method == "POST";

    public override string ToString() => $"{Endpoint} as {Url}";
}

/// <summary>
/// The authorization matrix as data: every page handler and endpoint of the portal, anonymous and each role, inside and
/// outside scope. docs/authorization-matrix.md is its human view. A new endpoint without a row fails
/// <see cref="EndpointMatrixTests.Every_endpoint_of_the_portal_has_a_row_and_every_row_an_endpoint"/>.
/// </summary>
public static class EndpointMatrix
{
    public const string Admin = DemoAccounts.Admin;

    public static readonly string[] Accounts =
    [
        Admin, DemoAccounts.CityReviewer, DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.CityViewer,
        DemoAccounts.HoanKiemReviewer, DemoAccounts.HoanKiemHead, DemoAccounts.HoanKiemStaff, DemoAccounts.HoanKiemViewer,
        DemoAccounts.BaDinhReviewer, DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff, DemoAccounts.HangBacViewer,
    ];

    private static readonly string[] Reviewers = [DemoAccounts.CityReviewer, DemoAccounts.HoanKiemReviewer, DemoAccounts.BaDinhReviewer];

    private static readonly string[] DashboardReaders = [Admin, DemoAccounts.CityReviewer, DemoAccounts.CityViewer, DemoAccounts.HoanKiemReviewer, DemoAccounts.HoanKiemViewer, DemoAccounts.BaDinhReviewer, DemoAccounts.HangBacViewer];

    private static readonly string[] Reporters = [DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.HoanKiemHead, DemoAccounts.HoanKiemStaff, DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff];

    private static readonly string[] Heads = [DemoAccounts.CityHead, DemoAccounts.HoanKiemHead, DemoAccounts.HangBacHead];

    /// <summary>Who may read Hàng Bạc People's Committee's report: the city, Hoàn Kiếm district and the ward.</summary>
    private static readonly string[] HangBacReaders =
    [
        Admin, DemoAccounts.CityReviewer, DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.CityViewer,
        DemoAccounts.HoanKiemReviewer, DemoAccounts.HoanKiemHead, DemoAccounts.HoanKiemStaff, DemoAccounts.HoanKiemViewer,
        DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff, DemoAccounts.HangBacViewer,
    ];

    private static readonly string[] HangBacEditors = [DemoAccounts.HangBacHead, DemoAccounts.HangBacStaff];

    public static IReadOnlyList<EndpointRule> Rules { get; } = Build();

    private const string UnknownBatch = "6f1c2a4e-0000-4000-8000-000000000001";

    private static Func<string?, Outcome> Anyone => _ => Outcome.Allowed;

    private static Func<string?, Outcome> SignedIn => a => a is null ? Outcome.SignIn : Outcome.Allowed;

    private static Func<string?, Outcome> Only(string[] accounts, Outcome otherwise = Outcome.Forbidden) =>
        a => a is null ? Outcome.SignIn : accounts.Contains(a) ? Outcome.Allowed : otherwise;

    private static Func<string?, Outcome> SignedInGet(Outcome outcome) => a => a is null ? Outcome.SignIn : outcome;

    private static List<EndpointRule> Build()
    {
        var rules = new List<EndpointRule>();
        void Add(string page, string method, string? handler, string url, Func<string?, Outcome> expect) =>
            rules.Add(new EndpointRule(new PortalEndpoint(page, method, handler), url, expect));
        void Get(string page, string url, Func<string?, Outcome> expect) => Add(page, "GET", null, url, expect);
        void Post(string page, string? handler, string url, Func<string?, Outcome> expect) => Add(page, "POST", handler, url, expect);

        Get("/Account/Login", "/Account/Login", Anyone);
        Post("/Account/Login", null, "/Account/Login", Anyone);
        Get("/Account/AccessDenied", "/Account/AccessDenied", _ => Outcome.Forbidden);

        // The second step of signing in needs a pending sign-in (a right password); without one it sends everyone to sign in.
        Get("/Account/TwoFactorSignIn", "/Account/TwoFactorSignIn", _ => Outcome.SignIn);
        Post("/Account/TwoFactorSignIn", null, "/Account/TwoFactorSignIn", _ => Outcome.SignIn);
        Post("/Account/TwoFactorSignIn", "Recovery", "/Account/TwoFactorSignIn?handler=Recovery", _ => Outcome.SignIn);
        Get("/Error", "/Error?code=400", Anyone);
        Post("/Error", null, "/Error?code=400", Anyone);
        Get("/Culture", "/Culture?culture=vi-VN&returnUrl=/", Anyone);
        Post("/Culture", null, "/Culture?culture=vi-VN&returnUrl=/", Anyone);
        Get("/healthz", "/healthz", Anyone);

        // The API takes API keys only: anonymous and every signed-in account (its cookie) get 401. ApiAccessTests covers keys.
        foreach (var (route, url) in new[]
        {
            ("/api/v1/directives", "/api/v1/directives"), ("/api/v1/directives/{directiveId:int}", "/api/v1/directives/{directive}"),
            ("/api/v1/periods", "/api/v1/periods"), ("/api/v1/periods/{periodId:int}/figures", "/api/v1/periods/{period}/figures"),
            ("/api/v1/units", "/api/v1/units"), ("/api/v1/agencies", "/api/v1/agencies"), ("/api/v1/reports/accepted", "/api/v1/reports/accepted"),
            ("/api/v1/{**path}", "/api/v1/no-such-endpoint"),
        })
        {
            Get(route, url, _ => Outcome.Unauthorized);
        }

        // The OpenAPI document and its browsable reference: administrators only (their cookie).
        Get("/openapi/v1.json", "/openapi/v1.json", Only([Admin]));
        Get("/scalar/{documentName?}", "/scalar", Only([Admin]));

        // The reference's own script and icon are served from the package (no CDN) to anyone, like the portal's static files: they hold no data.
        Get("/scalar/scalar.js", "/scalar/scalar.js", Anyone);
        Get("/scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", Anyone);
        Get("/scalar/favicon.svg", "/scalar/favicon.svg", Anyone);

        Get("/Index", "/", SignedIn);
        Get("/Account/ChangePassword", "/Account/ChangePassword", SignedIn);
        Post("/Account/ChangePassword", null, "/Account/ChangePassword", SignedIn);
        Get("/Account/Logout", "/Account/Logout", SignedIn);
        Get("/Account/TwoFactor", "/Account/TwoFactor", SignedIn);
        Post("/Account/TwoFactor", null, "/Account/TwoFactor", SignedIn);
        Post("/Account/TwoFactor", "RecoveryCodes", "/Account/TwoFactor?handler=RecoveryCodes", SignedIn);
        Post("/Account/TwoFactor", "Reset", "/Account/TwoFactor?handler=Reset", SignedIn);
        Post("/Account/TwoFactor", "Disable", "/Account/TwoFactor?handler=Disable", SignedIn);
        Get("/Account/Notices", "/Account/Notices", SignedIn);
        Post("/Account/Notices", null, "/Account/Notices", SignedIn);
        Get("/Directives/Index", "/Directives", SignedIn);
        Get("/Directives/Details", "/Directives/Details/{directive}", SignedIn);
        Get("/Directives/Task", "/Directives/Task/{task}", SignedIn);
        Get("/Agencies/Index", "/Agencies", SignedIn);
        Get("/Search/Index", "/Search?q=hang%20bac", SignedIn);
        Get("/Agencies/Details", "/Agencies/Details/{agency:HN-HK-HB-UBND}", Only(HangBacReaders));
        Get("/Agencies/Details", "/Agencies/Details/{agency:HN-BD-PX-UBND}", Only([Admin, DemoAccounts.CityReviewer, DemoAccounts.CityHead, DemoAccounts.CityStaff, DemoAccounts.CityViewer, DemoAccounts.BaDinhReviewer]));
        Get("/Reports/Index", "/Reports", SignedIn);
        Get("/Notifications/Index", "/Notifications", SignedIn);
        Post("/Notifications/Index", "MarkAllRead", "/Notifications?handler=MarkAllRead", SignedIn);
        Post("/Notifications/Index", "Open", "/Notifications?handler=Open&id=999999", SignedInGet(Outcome.NotFound));

        Get("/Reports/Edit", "/Reports/Edit/{period}", Only(Reporters));
        Post("/Reports/Edit", "Start", "/Reports/Edit/{period}?handler=Start", Only(Reporters, Outcome.Refused));
        Post("/Reports/Edit", "Save", "/Reports/Edit/{period}?handler=Save", a => a is null ? Outcome.SignIn : Reporters.Contains(a) ? Outcome.NotForbidden : Outcome.Refused);
        Post("/Reports/Edit", "Submit", "/Reports/Edit/{period}?handler=Submit", a => a is null ? Outcome.SignIn : Heads.Contains(a) ? Outcome.NotForbidden : Outcome.Refused);
        foreach (var page in new[] { "Details", "History", "Attachments" })
        {
            Get($"/Reports/{page}", $"/Reports/{page}/{{report:HN-HK-HB-UBND}}", Only(HangBacReaders));
            Get($"/Reports/{page}", $"/Reports/{page}/999999", SignedInGet(Outcome.NotFound));
        }

        Post("/Reports/Attachments", "Upload", "/Reports/Attachments/{report:HN-HK-HB-UBND}?handler=Upload", Only(HangBacEditors));
        Post("/Reports/Attachments", "Delete", "/Reports/Attachments/{report:HN-HK-HB-UBND}?handler=Delete&attachmentId=999999", a => a is null ? Outcome.SignIn : HangBacEditors.Contains(a) ? Outcome.NotFound : Outcome.Forbidden);
        Get("/Reports/Download", "/Reports/Download/999999", SignedInGet(Outcome.NotFound));

        Get("/Review/Index", "/Review", Only(Reviewers));
        Post("/Review/Index", "AcceptSelected", "/Review?handler=AcceptSelected", Only(Reviewers));
        Get("/Review/Report", "/Review/Report/{report:HN-HK-HB-UBND}", Only([DemoAccounts.HoanKiemReviewer]));
        Post("/Review/Report", "Accept", "/Review/Report/{report:HN-HK-HB-UBND}?handler=Accept", Only([DemoAccounts.HoanKiemReviewer]));
        Post("/Review/Report", "Return", "/Review/Report/{report:HN-HK-HB-UBND}?handler=Return", Only([DemoAccounts.HoanKiemReviewer]));

        Get("/Dashboard/Index", "/Dashboard", Only(DashboardReaders));
        Get("/Dashboard/Index", "/Dashboard?unit={unit:HN-BD}", a => a is null ? Outcome.SignIn : new[] { Admin, DemoAccounts.CityReviewer, DemoAccounts.CityViewer, DemoAccounts.BaDinhReviewer }.Contains(a) ? Outcome.Allowed : DashboardReaders.Contains(a) ? Outcome.NotFound : Outcome.Forbidden);
        Get("/Dashboard/Export", "/Dashboard/Export", Only(DashboardReaders));
        Get("/Dashboard/Report", "/Dashboard/Report", Only(DashboardReaders));
        Add("/Dashboard/Report", "GET", "Download", "/Dashboard/Report?handler=Download", Only(DashboardReaders, Outcome.Forbidden));

        AddAdministration(Get, Post);
        Add("/Admin/Audit/Index", "GET", "Export", "/Admin/Audit?handler=Export", Only([Admin]));
        Add("/Admin/Import/Index", "GET", "Template", "/Admin/Import?handler=Template&kind=Users&format=xlsx", Only([Admin]));
        Post("/Account/Logout", null, "/Account/Logout", _ => Outcome.SignIn);
        return rules;
    }

    /// <summary>Everything under /Admin: administrators only, every other account 403.</summary>
    private static void AddAdministration(Action<string, string, Func<string?, Outcome>> get, Action<string, string?, string, Func<string?, Outcome>> post)
    {
        var admin = Only([Admin]);
        foreach (var (page, url) in new[]
        {
            ("/Admin/Index", "/Admin"), ("/Admin/Users/Index", "/Admin/Users"), ("/Admin/Users/Create", "/Admin/Users/Create"),
            ("/Admin/Users/Edit", $"/Admin/Users/Edit/{{user:{DemoAccounts.PhucXaHead}}}"), ("/Admin/Units/Index", "/Admin/Units"),
            ("/Admin/Units/Create", "/Admin/Units/Create"), ("/Admin/Units/Edit", "/Admin/Units/Edit/{unit:HN-HK}"),
            ("/Admin/Units/DissolveLevel", "/Admin/Units/DissolveLevel"), ("/Admin/Units/Merge", "/Admin/Units/Merge"),
            ("/Admin/Agencies/Index", "/Admin/Agencies"), ("/Admin/Agencies/Create", "/Admin/Agencies/Create"),
            ("/Admin/Agencies/Edit", "/Admin/Agencies/Edit/{agency:HN-SNV}"), ("/Admin/Periods/Index", "/Admin/Periods"),
            ("/Admin/Periods/Create", "/Admin/Periods/Create"), ("/Admin/Periods/Edit", "/Admin/Periods/Edit/{period}"),
            ("/Admin/Assignments/Index", "/Admin/Assignments?task={task}"), ("/Admin/Assignments/Edit", "/Admin/Assignments/Edit/{assignment:HN-HK-HT-UBND}"),
            ("/Admin/Directives/Index", "/Admin/Directives"), ("/Admin/Directives/Create", "/Admin/Directives/Create"),
            ("/Admin/Directives/Edit", "/Admin/Directives/Edit/{directive}"), ("/Admin/Directives/AddTask", "/Admin/Directives/AddTask/{directive}"),
            ("/Admin/Directives/Task", "/Admin/Directives/Task/{task}"), ("/Admin/Reports/Reopen", "/Admin/Reports/Reopen/{report:HN-HK-HB-UBND}"),
            ("/Admin/Notices/Index", "/Admin/Notices"), ("/Admin/Audit/Index", "/Admin/Audit"), ("/Admin/Audit/Index", "/Admin/Audit?q=admin&type=ProgressReport&from=2026-01-01&to=2026-12-31"),
            ("/Admin/Import/Index", "/Admin/Import"), ("/Admin/Security/Index", "/Admin/Security"),
            ("/Admin/ApiClients/Index", "/Admin/ApiClients"), ("/Admin/ApiClients/Create", "/Admin/ApiClients/Create"),
        })
        {
            get(page, url, admin);
        }

        foreach (var (page, handler, url) in new (string, string?, string)[]
        {
            ("/Admin/Users/Create", null, "/Admin/Users/Create"),
            ("/Admin/Users/Edit", null, $"/Admin/Users/Edit/{{user:{DemoAccounts.PhucXaHead}}}"),
            ("/Admin/Users/Edit", "Lock", $"/Admin/Users/Edit/{{user:{DemoAccounts.PhucXaHead}}}?handler=Lock"),
            ("/Admin/Users/Edit", "Unlock", $"/Admin/Users/Edit/{{user:{DemoAccounts.PhucXaHead}}}?handler=Unlock"),
            ("/Admin/Users/Edit", "ResetPassword", $"/Admin/Users/Edit/{{user:{DemoAccounts.PhucXaHead}}}?handler=ResetPassword"),
            ("/Admin/Users/Edit", "ResetTwoFactor", $"/Admin/Users/Edit/{{user:{DemoAccounts.PhucXaHead}}}?handler=ResetTwoFactor"),
            ("/Admin/Units/Create", null, "/Admin/Units/Create"),
            ("/Admin/Units/Edit", null, "/Admin/Units/Edit/{unit:HN-HK}"),
            ("/Admin/Units/Edit", "Dissolve", "/Admin/Units/Edit/{unit:HN-HK}?handler=Dissolve"),
            ("/Admin/Units/DissolveLevel", "Preview", "/Admin/Units/DissolveLevel?handler=Preview"),
            ("/Admin/Units/DissolveLevel", "Apply", "/Admin/Units/DissolveLevel?handler=Apply"),
            ("/Admin/Units/Merge", null, "/Admin/Units/Merge"),
            ("/Admin/Agencies/Create", null, "/Admin/Agencies/Create"),
            ("/Admin/Agencies/Edit", null, "/Admin/Agencies/Edit/{agency:HN-SNV}"),
            ("/Admin/Periods/Create", null, "/Admin/Periods/Create"),
            ("/Admin/Periods/Edit", null, "/Admin/Periods/Edit/{period}"),
            ("/Admin/Assignments/Index", null, "/Admin/Assignments?task={task}"),
            ("/Admin/Assignments/Edit", null, "/Admin/Assignments/Edit/{assignment:HN-HK-HT-UBND}"),
            ("/Admin/Assignments/Edit", "End", "/Admin/Assignments/Edit/{assignment:HN-HK-HT-UBND}?handler=End"),
            ("/Admin/Directives/Create", null, "/Admin/Directives/Create"),
            ("/Admin/Directives/Edit", null, "/Admin/Directives/Edit/{directive}"),
            ("/Admin/Directives/AddTask", null, "/Admin/Directives/AddTask/{directive}"),
            ("/Admin/Directives/Task", null, "/Admin/Directives/Task/{task}"),
            ("/Admin/Directives/Task", "AddIndicator", "/Admin/Directives/Task/{task}?handler=AddIndicator"),
            ("/Admin/Reports/Reopen", null, "/Admin/Reports/Reopen/{report:HN-HK-HB-UBND}"),
            ("/Admin/Import/Index", null, "/Admin/Import"),
            ("/Admin/Security/Index", null, "/Admin/Security"),
            ("/Admin/ApiClients/Create", null, "/Admin/ApiClients/Create"),
        })
        {
            post(page, handler, url, admin);
        }

        // An upload is addressed by its random id and seen only by the administrator who made it: another id is 404.
        var adminNotFound = (Func<string?, Outcome>)(a => a is null ? Outcome.SignIn : a == Admin ? Outcome.NotFound : Outcome.Forbidden);
        get("/Admin/Import/Preview", $"/Admin/Import/Preview/{UnknownBatch}", adminNotFound);
        post("/Admin/Import/Preview", null, $"/Admin/Import/Preview/{UnknownBatch}", adminNotFound);
        get("/Admin/Import/Result", $"/Admin/Import/Result/{UnknownBatch}", adminNotFound);
        post("/Admin/Import/Result", "Passwords", $"/Admin/Import/Result/{UnknownBatch}?handler=Passwords", adminNotFound);
        post("/Admin/ApiClients/Index", "Revoke", "/Admin/ApiClients?handler=Revoke&id=999999", adminNotFound);
        post("/Admin/Directives/Task", "Indicator", "/Admin/Directives/Task/{task}?handler=Indicator&indicatorId=999999", a => a is null ? Outcome.SignIn : a == Admin ? Outcome.NotFound : Outcome.Forbidden);
    }
}
