using System.Globalization;

namespace DanVan.Web.Dashboard;

/// <summary>The order of the breakdown by unit, by the column the user sorted on; the dashboard and its exports share it.</summary>
public static class ReportingOrder
{
    public static readonly IReadOnlyList<string> Columns = ["name", "expected", "submitted", "rate", "ontime", "missing"];

    /// <summary>The column to sort on: the one asked for when it exists, else the name.</summary>
    public static string Column(string? sort) => sort is not null && Columns.Contains(sort) ? sort : "name";

    /// <summary>
    /// Rows sorted on <paramref name="column"/> (names in Vietnamese alphabetical order), ties by name. A missing rate
    /// (0 out of 0) comes before every rate, as if it were the lowest.
    /// </summary>
    public static List<ReportingRow> Sort(IReadOnlyList<ReportingRow> rows, string column, bool descending, Func<ReportingRow, string> rowName)
    {
        Func<ReportingRow, IComparable?> key = column switch
        {
            "expected" => r => r.Counts.Expected,
            "submitted" => r => r.Counts.Submitted,
            "rate" => r => r.Counts.Rate,
            "ontime" => r => r.Counts.OnTimeRate,
            "missing" => r => r.Counts.Missing,
            _ => r => rowName(r),
        };
        var comparer = Comparer<IComparable?>.Create((a, b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string x, string y) => string.Compare(x, y, CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None),
            ({ } x, _) => x.CompareTo(b),
        });
        return (descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer)).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }
}
