using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// The SQL Server model (whose migrations match it, <see cref="MigrationTests"/>) indexes what the scope and read-model
/// queries filter on, and every index key fits SQL Server: no (max) column and at most 1,700 bytes.
/// </summary>
public sealed partial class SqlServerIndexTests : IDisposable
{
    /// <summary>The most bytes a nonclustered index key may hold on SQL Server.</summary>
    private const int KeyLimit = 1700;

    private readonly SqlServerDanVanDbContext _db = new(new DbContextOptionsBuilder<SqlServerDanVanDbContext>()
        .UseSqlServer("Server=.;Database=DanVan;Trusted_Connection=True;TrustServerCertificate=True").Options);

    /// <summary>A table and the columns a query filters on, in the order an index must lead with them.</summary>
    public static TheoryData<string, string> Filters() => new()
    {
        { "AdministrativeUnits", "Path" },                        // every scope: a LIKE prefix on the unit path
        { "AdministrativeUnits", "SearchName" },
        { "Agencies", "UnitId" },                                 // scope of agencies, reports and assignments: joined to their unit
        { "Agencies", "SearchName" },
        { "Assignments", "AgencyId" },
        { "ProgressReports", "AgencyId" },
        { "ProgressReports", "PeriodId,AgencyId" },
        { "ProgressReports", "Status,SubmittedAtUtc" },           // review queues and the accepted feed
        { "ReportLines", "ReportId" },
        { "ReportLines", "AssignmentId" },
        { "ReportVersions", "ReportId,Number" },
        { "ReportTransitions", "ReportId,AtUtc" },
        { "ReportingFacts", "PeriodId,DirectiveId,UnitPath" },    // every dashboard, export and API figure
        { "ReportingFacts", "AgencyId,PeriodId" },
        { "ReportingFactLines", "PeriodId,DirectiveId,UnitPath" },
        { "ReportingFactLines", "FactId" },
        { "ReportingFactIndicators", "PeriodId,DirectiveId,UnitPath" },
        { "UnitVersions", "UnitId,ValidFrom" },                   // the tree of a period
        { "UnitVersions", "ValidFrom,ValidTo" },
        { "AgencyVersions", "AgencyId,ValidFrom" },
        { "AgencyVersions", "UnitId,ValidFrom" },
        { "AuditEntries", "EntityType,EntityId" },
        { "AuditEntries", "AtUtc" },
        { "Notifications", "UserId,ReadAtUtc" },
        { "NoticeDeliveries", "State,DueAtUtc" },
        { "ApiClients", "KeyId" },
        { "AspNetUsers", "AgencyId" },
        { "AspNetUsers", "SearchName" },
        { "ImportBatches", "ImportedAtUtc,UploadedAtUtc" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_filtered_columns_lead_an_index_on_SQL_Server(string table, string columns)
    {
        var wanted = columns.Split(',');
        var indexes = Table(table).Indexes.Select(i => i.Columns.Select(c => c.Name).ToList()).ToList();

        Assert.True(
            indexes.Any(i => i.Take(wanted.Length).SequenceEqual(wanted)) || Table(table).PrimaryKey?.Columns.Select(c => c.Name).Take(wanted.Length).SequenceEqual(wanted) == true,
            $"No index of {table} leads with ({columns}); its indexes: {string.Join("; ", indexes.Select(i => string.Join(", ", i)))}");
    }

    [Fact]
    public void Every_index_key_on_SQL_Server_has_no_max_column_and_fits_in_1700_bytes()
    {
        var keys = _db.Model.GetRelationalModel().Tables.SelectMany(t => t.Indexes.Select(i => (Name: $"{t.Name}.{i.Name}", i.Columns)))
            .Select(i => (i.Name, Types: i.Columns.Select(c => c.StoreType).ToList(), Bytes: i.Columns.Sum(c => Bytes(c.StoreType))))
            .ToList();

        Assert.True(keys.Count > 50, $"Only {keys.Count} indexes in the SQL Server model.");
        var tooLarge = keys.Where(k => k.Bytes > KeyLimit).Select(k => $"{k.Name} ({string.Join(", ", k.Types)}): {k.Bytes} bytes").ToList();
        Assert.True(tooLarge.Count == 0, "Index keys SQL Server cannot hold whole: " + string.Join("; ", tooLarge));
    }

    public void Dispose() => _db.Dispose();

    private ITable Table(string name) =>
        _db.Model.GetRelationalModel().Tables.SingleOrDefault(t => t.Name == name) ?? throw new ArgumentException($"The SQL Server model has no table {name}.", nameof(name));

    /// <summary>The most bytes a key column of the store type takes; a (max) type counts as more than any key may hold.</summary>
    private static int Bytes(string storeType)
    {
        var match = StoreType().Match(storeType);
        var size = match.Groups["size"].Success && match.Groups["size"].Value != "max" ? int.Parse(match.Groups["size"].Value, CultureInfo.InvariantCulture) : -1;
        return match.Groups["name"].Value switch
        {
            _ when match.Groups["size"].Value == "max" => KeyLimit + 1,
            "nvarchar" or "nchar" => 2 * size,
            "varchar" or "char" or "varbinary" or "binary" => size,
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "date" => 3,
            "int" or "real" => 4,
            "bigint" or "float" or "datetime2" or "datetime" => 8,
            "datetimeoffset" => 10,
            "decimal" or "numeric" => 17,
            "uniqueidentifier" => 16,
            _ => throw new ArgumentException($"No key size known for {storeType}.", nameof(storeType)),
        };
    }

    [GeneratedRegex(@"^(?<name>[a-z0-9]+)(\((?<size>max|[0-9]+)(,[0-9]+)?\))?$")]
    private static partial Regex StoreType();
}
