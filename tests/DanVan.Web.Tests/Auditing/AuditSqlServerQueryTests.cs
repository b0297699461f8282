using DanVan.Data;
using DanVan.Web.Auditing;
using DanVan.Web.Exports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Auditing;

/// <summary>The audit viewer's query, every filter on, translates on SQL Server (which cannot run here) into one statement on the indexed columns.</summary>
public sealed class AuditSqlServerQueryTests : IDisposable
{
    private readonly SqlServerDanVanDbContext _db = new(new DbContextOptionsBuilder<SqlServerDanVanDbContext>()
        .UseSqlServer("Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True").Options);

    [Fact]
    public void Every_filter_and_the_exports_cut_values_translate()
    {
        var filter = new AuditFilter { Q = "nam", Agency = 7, Type = "ProgressReport", Action = "report.save", From = new(2026, 1, 1), To = new(2026, 1, 31) }.Normalized();

        var sql = AuditQueries.Filter(_db, filter, "HN-HK-HB-UBND")
            .Select(a => new { Before = a.Before!.Substring(0, AuditWorkbook.MaxValueLength), a.AtUtc })
            .Take(AuditWorkbook.MaxRows)
            .ToQueryString();

        Assert.Contains("[a].[AtUtc] >=", sql, StringComparison.Ordinal);
        Assert.Contains("[a].[AtUtc] <", sql, StringComparison.Ordinal);
        Assert.Contains("SUBSTRING", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [a].[AtUtc] DESC", sql, StringComparison.Ordinal);
        Assert.Contains("[ProgressReports]", sql, StringComparison.Ordinal);
        Assert.Contains("[Assignments]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reports_entries_are_read_by_type_and_id()
    {
        var sql = AuditQueries.ForReport(_db, 42).ToQueryString();
        Assert.Contains("[a].[EntityType] = N'ProgressReport'", sql, StringComparison.Ordinal);
        Assert.Contains("[a].[EntityId] =", sql, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
