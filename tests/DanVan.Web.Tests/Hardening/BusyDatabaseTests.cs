using System.Net;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace DanVan.Web.Tests.Hardening;

/// <summary>
/// A save that waits for another writer longer than the database allows is answered 503 with Retry-After and a
/// Vietnamese page that says nothing of it was saved, never a 500; the same save a moment later succeeds.
/// </summary>
public sealed class BusyDatabaseTests(BusyDatabaseTests.ShortWaitFactory factory) : IClassFixture<BusyDatabaseTests.ShortWaitFactory>
{
    [Fact]
    public async Task A_save_that_waits_too_long_for_another_writer_is_answered_503_and_succeeds_when_sent_again()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var results = $"{ReportEditor.Line(0)}.Results";
        var page = await ReportEditor.OpenAsync(head, periodId);
        const string typed = "Kết quả nhập lúc cổng đang bận: 3 buổi đối thoại.";

        HttpResponseMessage busy;
        await using (var writer = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await writer.OpenAsync();
            await using var hold = writer.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync();
            busy = await ReportEditor.PostAsync(head, page, "Save", f => f[results] = typed);
            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync();
        }

        var shown = await HtmlPage.ParseAsync(busy);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseBusy.RetryAfterSeconds), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("Cổng thông tin đang bận", shown.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("chưa được lưu", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain((await factory.HangBacReportAsync(periodId))!.Lines, l => l.Results == typed);

        var again = await ReportEditor.PostAsync(head, page, "Save", f => f[results] = typed);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains((await factory.HangBacReportAsync(periodId))!.Lines, l => l.Results == typed);
    }

    [Theory]
    [InlineData(5, 503)]
    [InlineData(6, 503)]
    [InlineData(1, 500)]
    [InlineData(19, 500)]
    public void Only_a_busy_or_locked_database_is_a_503(int sqliteError, int status)
    {
        var error = new InvalidOperationException("wrapped", new SqliteException("database is locked", sqliteError));

        Assert.Equal(status, DatabaseBusy.StatusCodeOf(error));
        Assert.Equal(500, DatabaseBusy.StatusCodeOf(new InvalidOperationException("no database involved")));
    }

    /// <summary>A portal whose writers wait one second for one another instead of thirty.</summary>
    public sealed class ShortWaitFactory : SignedInFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:DanVan", $"Data Source={DatabasePath};Default Timeout=1");
        }
    }
}
