namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// Dashboards and exports open on the latest quarter whose due date has passed (Q3/2026 at the tests' clock); tests about
/// the quarter still being reported (Q4/2026) name it.
/// </summary>
public static class CurrentPeriod
{
    /// <summary>The url with <c>period=</c> Q4/2026 added, unless it names a period already.</summary>
    public static async Task<string> OnCurrentPeriodAsync(this DanVanFactory factory, string url)
    {
        if (url.Contains("period=", StringComparison.Ordinal))
        {
            return url;
        }

        var id = await Reporting.Editing.ReportEditor.CurrentPeriodIdAsync(factory);
        return $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}period={id}";
    }
}
