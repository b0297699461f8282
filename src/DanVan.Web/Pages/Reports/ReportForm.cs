using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Domain;
using DanVan.Domain.Reporting;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// What the report form posts: the general section, a section per line, the version the form was loaded at and a token
/// that makes a resent submission count once. Values reach the report only through its domain methods.
/// </summary>
public sealed class ReportForm
{
    private static readonly Dictionary<string, string> LineFieldOf = new(StringComparer.Ordinal)
    {
        ["line.percent"] = nameof(LineForm.Percent),
        ["line.doneMeansFull"] = nameof(LineForm.Percent),
        ["line.results"] = nameof(LineForm.Results),
        ["line.difficulties"] = nameof(LineForm.Difficulties),
        ["line.proposals"] = nameof(LineForm.Proposals),
        ["line.doneNeedsResults"] = nameof(LineForm.Results),
        ["line.doneNeedsDate"] = nameof(LineForm.CompletedOn),
    };

    [StringLength(ProgressReport.AssessmentLength, ErrorMessage = "The overall assessment may have at most {1} characters.")]
    [Display(Name = "Overall assessment")]
    public string? OverallAssessment { get; set; }

    public List<LineForm> Lines { get; set; } = [];

    public Guid RowVersion { get; set; }

    public Guid SubmissionToken { get; set; }

    public static ReportForm Of(ProgressReport report) => new()
    {
        OverallAssessment = report.OverallAssessment,
        Lines = Ordered(report).Select(LineForm.Of).ToList(),
        RowVersion = report.RowVersion,
        SubmissionToken = Guid.NewGuid(),
    };

    /// <summary>The lines as the form shows them: lead tasks first, then supporting ones, each in the directive's order.</summary>
    public static IEnumerable<ReportLine> Ordered(ProgressReport report) =>
        report.Lines.OrderBy(l => l.Assignment!.Role).ThenBy(l => l.Assignment!.Task!.SortOrder);

    /// <summary>Applies the form through the domain methods; every refused value comes back with the field (under <paramref name="prefix"/>) it belongs to.</summary>
    public IReadOnlyList<(string Field, string Code)> ApplyTo(ProgressReport report, string prefix)
    {
        var errors = new List<(string Field, string Code)>();
        Try(errors, _ => $"{prefix}.{nameof(OverallAssessment)}", () => report.UpdateAssessment(OverallAssessment));
        for (var i = 0; i < Lines.Count; i++)
        {
            var input = Lines[i];
            var linePrefix = $"{prefix}.{nameof(Lines)}[{i}]";
            var line = report.Lines.FirstOrDefault(l => l.Id == input.LineId);
            if (line is null)
            {
                errors.Add((string.Empty, "report.foreignLine"));
                continue;
            }

            Try(errors, code => LineFieldOf.TryGetValue(code, out var name) ? $"{linePrefix}.{name}" : string.Empty, () => report.UpdateLine(line, input.Progress, input.Percent ?? ReportLine.PercentWhenBlank(input.Progress), input.CompletedOn, input.Results, input.Difficulties, input.Proposals));
            for (var j = 0; j < input.Indicators.Count; j++)
            {
                var figure = input.Indicators[j];
                var field = $"{linePrefix}.{nameof(LineForm.Indicators)}[{j}].{nameof(IndicatorForm.Value)}";
                var indicator = line.Assignment?.Task?.Indicators.FirstOrDefault(x => x.Id == figure.IndicatorId);
                if (indicator is null)
                {
                    errors.Add((field, "indicator.foreign"));
                }
                else if (!figure.TryParse(out var value))
                {
                    errors.Add((field, "indicator.number"));
                }
                else
                {
                    Try(errors, _ => field, () => report.SetIndicator(line, indicator, value));
                }
            }
        }

        return errors.Distinct().ToList();
    }

    /// <summary>The form field a submission problem belongs to, e.g. a done task without results → its results box.</summary>
    public string FieldOf(ReportLine? line, string code, string prefix)
    {
        var index = line is null ? -1 : Lines.FindIndex(l => l.LineId == line.Id);
        return index < 0 || !LineFieldOf.TryGetValue(code, out var field) ? string.Empty : $"{prefix}.{nameof(Lines)}[{index}].{field}";
    }

    /// <summary>Runs one domain call; a refusal is kept with its field, a refusal of the whole report with none.</summary>
    private static void Try(List<(string Field, string Code)> errors, Func<string, string> fieldOf, Action apply)
    {
        try
        {
            apply();
        }
        catch (DomainException ex)
        {
            errors.Add((ex.Code == "report.notEditable" ? string.Empty : fieldOf(ex.Code), ex.Code));
        }
    }

    public sealed class LineForm
    {
        public int LineId { get; set; }

        [EnumDataType(typeof(TaskProgress), ErrorMessage = "Choose the progress of the task.")]
        [Display(Name = "Progress")]
        public TaskProgress Progress { get; set; }

        [Display(Name = "Percent complete")]
        public int? Percent { get; set; }

        [Display(Name = "Completion date")]
        public DateOnly? CompletedOn { get; set; }

        [Display(Name = "Results achieved")]
        public string? Results { get; set; }

        [Display(Name = "Difficulties and obstacles")]
        public string? Difficulties { get; set; }

        [Display(Name = "Proposals")]
        public string? Proposals { get; set; }

        public List<IndicatorForm> Indicators { get; set; } = [];

        public static LineForm Of(ReportLine line) => new()
        {
            LineId = line.Id,
            Progress = line.Progress,
            Percent = line.Percent,
            CompletedOn = line.CompletedOn,
            Results = line.Results,
            Difficulties = line.Difficulties,
            Proposals = line.Proposals,
            Indicators = line.Assignment!.Task!.Indicators.OrderBy(i => i.Id)
                .Select(i => new IndicatorForm { IndicatorId = i.Id, Value = IndicatorForm.Format(line.IndicatorValues.FirstOrDefault(v => v.IndicatorId == i.Id)?.Value) })
                .ToList(),
        };
    }

    /// <summary>A figure as typed: a number input posts "12.5", a Vietnamese hand may type "12,5"; blank clears the value.</summary>
    public sealed class IndicatorForm
    {
        public int IndicatorId { get; set; }

        public string? Value { get; set; }

        public static string? Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

        public bool TryParse(out decimal? value)
        {
            value = null;
            if (string.IsNullOrWhiteSpace(Value))
            {
                return true;
            }

            var parsed = decimal.TryParse(Value.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number);
            value = parsed ? number : null;
            return parsed;
        }
    }
}
