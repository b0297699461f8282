using System.Globalization;
using DanVan.Domain;
using DanVan.Web.Dashboard;
using DanVan.Web.Localization;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Exports;

/// <summary>
/// The dashboard as an Excel workbook: a sheet stating what was exported (directive, period, scope, filters, time), then
/// one sheet per table of the dashboard, each under title lines naming the directive, period, unit and export time and
/// set up to print (<see cref="SpreadsheetPrint"/>), from the same <see cref="DashboardQueries"/> results the page shows and with
/// the same labels in the user's language. Counts are number cells, rates percentage cells, dates date cells; a missing
/// figure (an indicator nobody gave a value for, a rate of 0 out of 0) is an empty cell, as the page shows "—".
/// </summary>
public sealed partial class DashboardWorkbook(DashboardFigureLoader figures, IStringLocalizer l)
{
    /// <summary>Builds the .xlsx of a resolved view; <paramref name="sort"/> and <paramref name="descending"/> order the sheet by unit as on the page.</summary>
    public async Task<byte[]> BuildAsync(DashboardView view, string? sort, bool descending, DateTime exportedAtUtc, CancellationToken ct)
    {
        var (reporting, statuses, matrix, indicators, lists, _) = await figures.LoadAsync(view, FigureSet.Dashboard, DashboardQueries.ExportListSize, ct);
        SheetTable[] sheets =
        [
            About(view, lists, exportedAtUtc),
            Headline(view, reporting.Total),
            ByLevel(reporting),
            ByUnit(view, reporting, ReportingOrder.Column(sort), descending),
            Statuses(statuses),
            Matrix(matrix!),
            Indicators(view, indicators),
            Trend(view, indicators),
            Missing(lists),
            Overdue(lists),
            Waiting(lists),
        ];
        var titles = Titles(view, exportedAtUtc);
        return SpreadsheetWriter.Write(sheets.Select(sheet => sheet.WithTitles([sheet.Name, .. titles])), Title(view));
    }

    public string Title(DashboardView view) =>
        $"{l["Implementation of {0}", view.Directive.Code]} – {view.Agency?.Name ?? view.Unit.Name}, {l.PeriodName(view.Period)}";

    /// <summary>The lines above every sheet's table, so that a printed page says what it is: directive, period, unit, export time.</summary>
    private List<string> Titles(DashboardView view, DateTime exportedAtUtc)
    {
        var local = Hanoi.ToLocal(exportedAtUtc);
        var unit = string.Join(" › ", view.Breadcrumb.Select(u => u.Name).Concat(view.Agency is { } agency ? [agency.Name] : []));
        return
        [
            l["Directive {0}: {1}", view.Directive.Code, view.Directive.Title],
            l["Period: {0}", l.PeriodName(view.Period)],
            l["Unit: {0}", unit],
            l["Exported on {0} at {1} (Hanoi time)", local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture)],
        ];
    }

    private SheetTable About(DashboardView view, DashboardLists lists, DateTime exportedAtUtc)
    {
        var sheet = new SheetTable(l["About this export"], [l["Field"], l["Value"]])
            .Add(l["Directive"], view.Directive.Code)
            .Add(l["Title"], view.Directive.Title)
            .Add(l["Period"], l.PeriodName(view.Period))
            .Add(l["Due"], view.Period.DueOn)
            .Add(l["Unit"], string.Join(" › ", view.Breadcrumb.Select(u => u.Name)));
        if (view.Agency is { } agency)
        {
            sheet.Add(l["Agency"], agency.Name);
        }

        return sheet
            .Add(l["Level"], view.Level is { } level ? l.Label(level) : l["All levels"])
            .Add(l["Kind"], view.Kind is { } kind ? l.Label(kind) : l["All kinds"])
            .Add(l["Task statuses judged on"], view.AsOf)
            .Add(l["Exported at (Hanoi time)"], SheetCell.Of(Hanoi.ToLocal(exportedAtUtc)))
            .Add(l["Agencies that have not submitted"], lists.Missing.Total)
            .Add(l["Overdue tasks"], lists.Overdue.Total)
            .Add(l["Reports waiting for review"], lists.Waiting.Total)
            .Add(l["Note"], l["Unlike the page, the lists hold every row (up to {0} each).", DashboardQueries.ExportListSize])
            .Add(l["Empty cells"], l["An empty cell is a figure with no data yet (no value reported, or a rate of 0 out of 0); it is not 0."]);
    }

    private SheetTable Headline(DashboardView view, ReportingCounts total) =>
        new SheetTable(l["Headline figures"], [l["Figure"], l["Value"], l["Definition"]])
            .Add(l["Expected reports"], total.Expected, l["Agencies active at the period's data cut-off, in the structure of that time, with at least one task of the directive in force then."])
            .Add(l["Reports submitted"], total.Submitted, l["Expected agencies whose report for the period has been submitted at least once."])
            .Add(l["Reporting rate"], SheetCell.Rate(total.Rate), l["Reporting rate = submitted reports / expected reports; never above 100%; — when no report is expected."])
            .Add(l["On time"], total.OnTime, l["Submitted reports whose latest submission came by the end of the due date {0}.", LocalizerExtensions.Day(view.Period.DueOn)])
            .Add(l["Late"], total.Late, l["Submitted reports whose latest submission came after the due date."])
            .Add(l["Missing"], total.Missing, l["Expected reports − submitted reports."])
            .Add(l["Accepted"], total.Accepted, l["Submitted reports the reviewer has accepted."])
            .Add(l["Returned"], total.Returned, l["Submitted reports returned to their agency and not yet submitted again."]);

    private SheetTable ByLevel(ReportingFigures reporting)
    {
        var sheet = new SheetTable(l["By level"], [l["Level"], l["Expected reports"], l["Reports submitted"], l["Reporting rate"], l["On time"], l["On-time rate"]]);
        foreach (var (level, counts) in reporting.ByLevel)
        {
            sheet.Add(l.Label(level), counts.Expected, counts.Submitted, SheetCell.Rate(counts.Rate), counts.OnTime, SheetCell.Rate(counts.OnTimeRate));
        }

        return sheet;
    }

    private SheetTable ByUnit(DashboardView view, ReportingFigures reporting, string sort, bool descending)
    {
        var sheet = new SheetTable(l["By unit"], [l["Unit"], l["Expected reports"], l["Reports submitted"], l["Reporting rate"], l["On-time rate"], l["Missing"]]);
        foreach (var row in ReportingOrder.Sort(reporting.ByUnit, sort, descending, r => RowName(view, r.UnitId, r.Name)))
        {
            var counts = row.Counts;
            sheet.Add(RowName(view, row.UnitId, row.Name), counts.Expected, counts.Submitted, SheetCell.Rate(counts.Rate), SheetCell.Rate(counts.OnTimeRate), counts.Missing);
        }

        return sheet;
    }

    private SheetTable Statuses(TaskStatusCounts statuses)
    {
        var sheet = new SheetTable(l["Task statuses"], [l["Task status"], l["Task lines"]]);
        foreach (var status in DashboardQueries.StatusesBestFirst)
        {
            sheet.Add(l.Label(status), statuses[status]);
        }

        return sheet.Add(l["Total"], statuses.Total);
    }

    /// <summary>A row or column of a breakdown by unit: the child unit's name, or "(own agencies)" of the viewed unit.</summary>
    private string RowName(DashboardView view, int? unitId, string name) => unitId is null ? l["{0} (own agencies)", view.Unit.Name] : name;
}
