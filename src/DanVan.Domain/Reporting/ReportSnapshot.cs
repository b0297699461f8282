using System.Globalization;

namespace DanVan.Domain.Reporting;

/// <summary>The content of a report at one moment, comparable field by field with another.</summary>
public sealed record ReportSnapshot(string? OverallAssessment, IReadOnlyList<LineSnapshot> Lines)
{
    public static ReportSnapshot Of(ProgressReport report) =>
        new(report.OverallAssessment, report.Lines.Select(LineSnapshot.Of).ToList());

    /// <summary>Every field that differs from <paramref name="earlier"/> to this snapshot; lines are matched by assignment.</summary>
    public IReadOnlyList<FieldChange> ChangesSince(ReportSnapshot earlier)
    {
        var changes = new List<FieldChange>();
        Compare(changes, null, nameof(OverallAssessment), earlier.OverallAssessment, OverallAssessment);
        var before = earlier.Lines.ToDictionary(l => l.AssignmentId);
        foreach (var line in Lines)
        {
            before.TryGetValue(line.AssignmentId, out var old);
            Compare(changes, line.TaskNumber, nameof(LineSnapshot.Progress), old?.Progress.ToString(), line.Progress.ToString());
            Compare(changes, line.TaskNumber, nameof(LineSnapshot.Percent), old?.Percent.ToString(CultureInfo.InvariantCulture), line.Percent.ToString(CultureInfo.InvariantCulture));
            Compare(changes, line.TaskNumber, nameof(LineSnapshot.CompletedOn), old?.CompletedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), line.CompletedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            Compare(changes, line.TaskNumber, nameof(LineSnapshot.Results), old?.Results, line.Results);
            Compare(changes, line.TaskNumber, nameof(LineSnapshot.Difficulties), old?.Difficulties, line.Difficulties);
            Compare(changes, line.TaskNumber, nameof(LineSnapshot.Proposals), old?.Proposals, line.Proposals);
            foreach (var name in line.Indicators.Keys.Union(old?.Indicators.Keys ?? []))
            {
                Compare(changes, line.TaskNumber, name, Figure(old?.Indicators, name), Figure(line.Indicators, name));
            }
        }

        return changes;
    }

    private static string? Figure(IReadOnlyDictionary<string, decimal>? figures, string name) =>
        figures is not null && figures.TryGetValue(name, out var value) ? value.ToString(CultureInfo.InvariantCulture) : null;

    private static void Compare(List<FieldChange> changes, string? taskNumber, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(taskNumber, field, before, after));
        }
    }
}

/// <summary>
/// One line as submitted. <see cref="IndicatorsById"/> and <see cref="DueOn"/> were added later: versions kept before
/// hold only indicator names, and the assignment's due date is then read from the assignment.
/// </summary>
public sealed record LineSnapshot(
    int AssignmentId,
    string TaskNumber,
    TaskProgress Progress,
    int Percent,
    DateOnly? CompletedOn,
    string? Results,
    string? Difficulties,
    string? Proposals,
    IReadOnlyDictionary<string, decimal> Indicators,
    IReadOnlyDictionary<int, decimal>? IndicatorsById = null,
    DateOnly? DueOn = null)
{
    public static LineSnapshot Of(ReportLine line) => new(
        line.AssignmentId,
        line.Assignment?.Task?.Number ?? line.AssignmentId.ToString(CultureInfo.InvariantCulture),
        line.Progress,
        line.Percent,
        line.CompletedOn,
        line.Results,
        line.Difficulties,
        line.Proposals,
        line.IndicatorValues.Where(v => v.Indicator is not null).ToDictionary(v => v.Indicator!.Name, v => v.Value),
        line.IndicatorValues.ToDictionary(v => v.IndicatorId, v => v.Value),
        line.Assignment?.DueOn);
}

/// <summary>One field that changed between two versions; <see cref="TaskNumber"/> is null for the general section.</summary>
public sealed record FieldChange(string? TaskNumber, string Field, string? Before, string? After);
