namespace DanVan.Web.Authorization;

public static class Policies
{
    /// <summary>Managing users, units, agencies, directives, tasks, assignments and periods.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Reviewing (accepting or returning) reports: city and district reviewers.</summary>
    public const string Review = nameof(Review);

    /// <summary>Writing their agency's report: agency heads and staff.</summary>
    public const string Reporting = nameof(Reporting);

    /// <summary>Dashboards of the directive's implementation: reviewers, administrators and viewers, each within their scope.</summary>
    public const string Dashboard = nameof(Dashboard);
}
