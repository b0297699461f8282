using System.Globalization;
using DanVan.Domain.Reporting;
using DanVan.Web.Localization;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Reporting;

/// <summary>One changed field between two versions of a report, labelled and with its values as pages show them.</summary>
public sealed record ChangeRow(string? TaskNumber, string Section, string Field, string Label, string? Before, string? After);

/// <summary>
/// The field-by-field differences between two snapshots of a report (<see cref="ReportSnapshot.ChangesSince"/>), described
/// for a page: the history's comparison of any two versions and the reviewer's view of what a resubmission changed.
/// </summary>
public static class VersionChanges
{
    private static readonly HashSet<string> LineFields = new(StringComparer.Ordinal)
    {
        nameof(ReportSnapshot.OverallAssessment), nameof(LineSnapshot.Progress), nameof(LineSnapshot.Percent), nameof(LineSnapshot.CompletedOn),
        nameof(LineSnapshot.Results), nameof(LineSnapshot.Difficulties), nameof(LineSnapshot.Proposals),
    };

    public static IReadOnlyList<ChangeRow> Between(ReportSnapshot before, ReportSnapshot after, IStringLocalizer<SharedResource> l) =>
        after.ChangesSince(before).Select(change => Describe(change, l)).ToList();

    private static ChangeRow Describe(FieldChange change, IStringLocalizer<SharedResource> l)
    {
        var section = change.TaskNumber is null ? l["General section"] : l["Task {0}", change.TaskNumber];
        var isField = LineFields.Contains(change.Field);
        string? Value(string? value) => value is null ? null
            : change.Field == nameof(LineSnapshot.Progress) ? l[$"TaskProgress.{value}"]
            : !isField && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var figure) ? figure.ToString("0.##", CultureInfo.CurrentCulture)
            : value;
        return new ChangeRow(change.TaskNumber, section, change.Field, isField ? l[$"Field.{change.Field}"] : change.Field, Value(change.Before), Value(change.After));
    }
}
