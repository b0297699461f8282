using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Settings;
using DanVan.Web.Dashboard;
using DanVan.Web.Notices;
using DanVan.Web.Importing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// The scope and figure queries translate on SQL Server (which cannot run here) into an index-friendly prefix test; the
/// context never connects, <c>ToQueryString</c> only translates.
/// </summary>
public sealed class SqlServerQueryTests : IDisposable
{
    private readonly SqlServerDanVanDbContext _db = new(new DbContextOptionsBuilder<SqlServerDanVanDbContext>()
        .UseSqlServer("Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True").Options);

    [Fact]
    public void Scope_filters_are_a_LIKE_prefix_on_the_unit_path()
    {
        var scope = new DataScope(12, "/HN/HN-HK/");

        var units = _db.Units.Where(scope.UnitFilter).ToQueryString();
        var reports = _db.Reports.Where(scope.ReportFilter).ToQueryString();

        Assert.Contains("LIKE", units, StringComparison.Ordinal);
        Assert.Contains("[Path] LIKE", reports, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reporting_figures_group_the_facts_of_one_period_under_one_path_in_the_database()
    {
        var path = "/HN/";
        var sql = _db.Facts.Where(f => f.PeriodId == 1 && f.DirectiveId == 1 && f.UnitPath.StartsWith(path))
            .GroupBy(f => new { f.UnitPath, f.Level })
            .Select(g => new
            {
                g.Key.UnitPath,
                Expected = g.Count(),
                Submitted = g.Sum(f => f.Submitted ? 1 : 0),
                Accepted = g.Sum(f => f.Submitted && f.Status == ReportStatus.Accepted ? 1 : 0),
            })
            .ToQueryString();

        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("[UnitPath] LIKE", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_counts_and_indicator_sums_group_by_child_unit_in_the_database()
    {
        var filter = new FactFilter([1], 1, "/HN/", null, UnitLevel.Ward, null);

        var lines = FactQueries.LineCounts(FactQueries.InView(_db.FactLines, filter), filter.UnitPath).ToQueryString();
        var trend = FactQueries.InView(_db.FactIndicators, filter with { PeriodIds = [1, 2, 3] }).ToQueryString();
        var sums = FactQueries.IndicatorSums(FactQueries.InView(_db.FactIndicators, filter), filter.UnitPath).ToQueryString();

        Assert.All([lines, sums], sql => Assert.Contains("GROUP BY [r0].[Child]", sql, StringComparison.Ordinal));
        Assert.All([lines, sums], sql => Assert.Contains("CHARINDEX", sql, StringComparison.Ordinal));
        Assert.Contains("[UnitPath] LIKE", lines, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", lines, StringComparison.Ordinal);
        Assert.Contains("[PeriodId] IN (", trend, StringComparison.Ordinal);
    }

    [Fact]
    public void One_part_of_a_view_is_read_again_under_its_childs_prefix_or_the_viewed_units_own_path_after_a_range_of_the_change_log()
    {
        var filter = new FactFilter([1], 1, "/HN/", null, null, null);

        var child = FactQueries.IndicatorSums(FactQueries.InView(_db.FactIndicators, filter with { Part = "HN-HK" }), filter.UnitPath).ToQueryString();
        var own = FactQueries.LineCounts(FactQueries.InView(_db.FactLines, filter with { Part = string.Empty }), filter.UnitPath).ToQueryString();
        var log = Data.Facts.FactChangeLog.Since(_db, 1, 4, 9).ToQueryString();

        Assert.Contains("[UnitPath] LIKE", child, StringComparison.Ordinal);
        Assert.Contains("/HN/HN-HK/", child, StringComparison.Ordinal);
        Assert.Contains("[UnitPath] = @", own, StringComparison.Ordinal);
        Assert.DoesNotContain("LIKE", own, StringComparison.Ordinal);
        Assert.Contains("FROM [ReportingFactChanges]", log, StringComparison.Ordinal);
        Assert.Contains("[Version] > @", log, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_queries_translate_the_outbox_the_reviewers_and_the_failed_list()
    {
        var now = new DateTime(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);

        var due = NoticeSender.Due(_db, now).Select(d => d.Id).Take(NoticeSender.BatchSize).ToQueryString();
        var reviewers = Notifier.ReviewerCandidates(_db, "/HN/HN-HK/HN-HK-HB/").ToQueryString();
        var reporters = Notifier.AgencyReporters(_db, 7).ToQueryString();
        var failed = Pages.Admin.Notices.IndexModel.FailedQuery(_db).ToQueryString();
        var already = _db.Notifications.Where(n => n.UserId == "u" && n.Key == "PeriodOpened:period:1").ToQueryString();

        Assert.Contains("TOP(", due, StringComparison.Ordinal);
        Assert.Contains("[DueAtUtc] <=", due, StringComparison.Ordinal);
        Assert.Contains("[Path] IN (", reviewers, StringComparison.Ordinal);
        Assert.Contains("EXISTS", reporters, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", failed, StringComparison.Ordinal);
        Assert.Contains("[Key] =", already, StringComparison.Ordinal);
    }

    [Fact]
    public void The_import_reference_and_staging_queries_translate()
    {
        var expired = new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);
        var id = Guid.NewGuid();

        var emails = ImportReferenceQuery.Emails(_db).ToQueryString();
        var agencies = ImportReferenceQuery.Agencies(_db).ToQueryString();
        var units = ImportReferenceQuery.Units(_db).ToQueryString();
        var staged = _db.ImportBatches.Where(b => b.Id == id && b.UploadedById == "u").ToQueryString();
        var stale = _db.ImportBatches.Where(b => b.ImportedAtUtc == null && b.UploadedAtUtc < expired).ToQueryString();
        var setting = _db.PortalSettings.Where(s => s.Key == PortalSetting.TwoFactorRequiredRoles).Select(s => s.Value).ToQueryString();

        Assert.Contains("[NormalizedEmail]", emails, StringComparison.Ordinal);
        Assert.Contains("[ValidTo] IS NULL", agencies, StringComparison.Ordinal);
        Assert.Contains("[ValidTo] IS NULL", units, StringComparison.Ordinal);
        Assert.All([staged, stale], sql => Assert.Contains("[ImportBatches]", sql, StringComparison.Ordinal));
        Assert.Contains("[UploadedAtUtc] <", stale, StringComparison.Ordinal);
        Assert.Contains("[PortalSettings]", setting, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_searches_are_a_LIKE_on_the_folded_name_columns()
    {
        var folded = Paging.TextSearch.FoldedPattern("HÀNG BẠC");

        var agencies = _db.Agencies.Where(a => EF.Functions.Like(a.SearchName, folded, Paging.TextSearch.Escape)).ToQueryString();
        var users = _db.Users.Where(u => EF.Functions.Like(u.SearchName, folded, Paging.TextSearch.Escape)).ToQueryString();

        Assert.Equal("%hang bac%", folded);
        Assert.Contains("[SearchName] LIKE", agencies, StringComparison.Ordinal);
        Assert.Contains("[SearchName] LIKE", users, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_queries_translate_as_keyset_pages_within_the_scope()
    {
        var scope = new DataScope(12, "/HN/HN-HK/");

        var accepted = Web.Api.AcceptedReportEndpoints.Rows(_db, scope, 41, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), 3).Take(101).ToQueryString();
        var agencies = Web.Api.StructureEndpoints.AgenciesOn(_db, new DateOnly(2026, 11, 26), [1, 2, 3], 7).Take(101).ToQueryString();
        var client = _db.ApiClients.Where(c => c.KeyId == "0123456789abcdef").ToQueryString();

        Assert.Contains("[Path] LIKE", accepted, StringComparison.Ordinal);
        Assert.Contains("TOP(", accepted, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [r].[Id]", accepted, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", accepted, StringComparison.Ordinal);
        Assert.True(agencies.Contains("[AgencyId] AS bigint) >", StringComparison.Ordinal) || agencies.Contains("[AgencyId] >", StringComparison.Ordinal), agencies);
        Assert.Contains("OPENJSON", agencies, StringComparison.Ordinal);
        Assert.Contains("[KeyId] =", client, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
