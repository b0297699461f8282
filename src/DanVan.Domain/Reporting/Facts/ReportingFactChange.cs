namespace DanVan.Domain.Reporting.Facts;

/// <summary>
/// What one raise of a period's <see cref="ReportingFactVersion"/> rewrote, written in the same transaction: the unit
/// paths of the facts removed and added (empty when none), or, for a rewrite of the whole period (a restructuring, a
/// rebuild) or of more than <see cref="MaxPaths"/> units, nothing (null). A portal instance holding figures of version
/// N reads the changes after N and reads again only the parts of a view under the paths named; any version without a
/// row here, or one that rewrote the whole period, makes it read everything again.
/// </summary>
public sealed class ReportingFactChange
{
    /// <summary>More units than this in one save (an import) are recorded as a rewrite of the whole period.</summary>
    public const int MaxPaths = 64;

    /// <summary>How many of a period's latest changes are kept; figures older than that are read again in full.</summary>
    public const int Kept = 512;

    private const char Separator = '\n';

    private ReportingFactChange()
    {
    }

    public ReportingFactChange(int periodId, long version, IReadOnlyCollection<string>? unitPaths)
    {
        PeriodId = periodId;
        Version = version;
        UnitPaths = unitPaths is null || unitPaths.Count > MaxPaths ? null : string.Join(Separator, unitPaths.Distinct().Order(StringComparer.Ordinal));
    }

    public int PeriodId { get; private set; }

    public long Version { get; private set; }

    /// <summary>The paths rewritten, one per line; null when the whole period was.</summary>
    public string? UnitPaths { get; private set; }

    /// <summary>The paths a stored <see cref="UnitPaths"/> names; null for a rewrite of the whole period.</summary>
    public static IReadOnlyList<string>? PathsOf(string? unitPaths) =>
        unitPaths is null ? null : unitPaths.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
}
