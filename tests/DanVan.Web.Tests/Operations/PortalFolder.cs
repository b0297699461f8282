using System.Globalization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DanVan.Web.Tests.Operations;

/// <summary>What the tests that run the built portal as processes share: its database read from outside, its current period, its folder's removal.</summary>
internal static class PortalFolder
{
    /// <summary>One value read from the portal's SQLite file on a connection of its own, read-only and unpooled.</summary>
    public static string Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>The current period's id, from the home page's link to the report form (the portal's clock says Q4/2026).</summary>
    public static async Task<int> CurrentPeriodIdAsync(HttpClient client)
    {
        var home = await HtmlPage.GetAsync(client, "/");
        var href = home.Document.QuerySelector("[data-testid=home-edit-report]")?.GetAttribute("href") ?? throw new InvalidOperationException($"No current report link on the home page: {home.StatusCode} {home.Response.Headers.Location} {home.Text}");
        return int.Parse(href[(href.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    public static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }
}
